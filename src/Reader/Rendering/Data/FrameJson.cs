using System.Text.Json;
using Reader.Claims.Model;

namespace Reader.Rendering.Data;

/// <summary>
/// A claim's frame as JSON (claims.json and `reader extract`): "measure", "measureText", "implied", "predicate",
/// "predicateText", "holder", "holderHead", "time", "timeFrom", "timeTo", "part". Empty strings and nulls where
/// the sentence says nothing; the fields are described in the README.
/// </summary>
public static class FrameJson
{
    public static void Write(Utf8JsonWriter json, Frame frame)
    {
        json.WriteStartObject("frame");
        json.WriteString("measure", frame.Measure);
        json.WriteString("measureText", frame.MeasureText);
        json.WriteBoolean("implied", frame.Implied);
        json.WriteString("predicate", frame.Predicate);
        json.WriteString("predicateText", frame.PredicateText);
        json.WriteString("holder", frame.Holder);
        json.WriteString("holderHead", frame.HolderHead);
        json.WriteString("time", frame.Time);
        WriteDate(json, "timeFrom", frame.TimeFrom);
        WriteDate(json, "timeTo", frame.TimeTo);
        json.WriteBoolean("part", frame.Part);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
