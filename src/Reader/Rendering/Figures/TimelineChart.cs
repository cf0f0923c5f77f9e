using System.Globalization;
using Reader.Claims.Model;
using Reader.Rendering.Views;

namespace Reader.Rendering.Figures;

/// <summary>
/// Lays a <see cref="Timeline"/> out as a chart in a fixed viewBox: publication dates across, values up, each
/// axis spanning its data (a single date or value sits in the middle). The theme's partial draws the SVG from
/// these numbers, so the page carries no chart library and the chart scales with its container.
/// </summary>
public sealed class TimelineChart(PageContext context)
{
    private const double Width = 560, Height = 240;
    private const double Left = 96, Right = 540, Top = 16, Bottom = 196;

    public TimelineView View(Timeline timeline)
    {
        var points = timeline.Points;
        double firstDay = points.Min(p => p.Published.DayNumber), lastDay = points.Max(p => p.Published.DayNumber);
        double low = points.Min(p => p.Value), high = points.Max(p => p.Value);
        double X(TimelinePoint p) => Scale(p.Published.DayNumber, firstDay, lastDay, Left, Right);
        double Y(double value) => Scale(value, low, high, Bottom, Top);

        var marks = points.Select(p => new TimelineMarkView(N(X(p)), N(Y(p.Value)),
            $"{p.Report.Article.Meta.Title}: {p.Report.Claim.Claim.Text} ({DateFormat.Short(p.Published)})")).ToList();
        var line = string.Join(" ", points.Select(p => N(X(p)) + "," + N(Y(p.Value))));
        var ticks = new List<TimelineTickView>
        {
            new(N(Left - 8), N(Y(high) + 4), Format(timeline.Kind, high), "end"),
            new(N(Left), N(Bottom + 22), DateFormat.Short(DateOnly.FromDayNumber((int)firstDay)), lastDay == firstDay ? "middle" : "start"),
        };
        if (lastDay == firstDay) ticks[1] = ticks[1] with { X = N((Left + Right) / 2) };
        if (high != low) ticks.Insert(1, new(N(Left - 8), N(Y(low) + 4), Format(timeline.Kind, low), "end"));
        if (lastDay != firstDay) ticks.Add(new(N(Right), N(Bottom + 22), DateFormat.Short(DateOnly.FromDayNumber((int)lastDay)), "end"));

        var rows = points.Select(p => new TimelineRowView(
            DateFormat.Short(p.Published), DateFormat.Iso(p.Published), p.Report.Article.Meta.Title,
            context.Urls.Note(p.Report.Article, p.Report.Claim), p.Report.Claim.Claim.Text, Format(timeline.Kind, p.Value))).ToList();
        var caption = string.Create(CultureInfo.InvariantCulture,
            $"{timeline.Label}: {points.Count} articles' figures by date of publication, {DateFormat.Short(points[0].Published)} to {DateFormat.Short(points[^1].Published)}, from {Format(timeline.Kind, low)} to {Format(timeline.Kind, high)}.");
        return new TimelineView("timeline-" + timeline.SubjectNumber.ToString(CultureInfo.InvariantCulture), timeline.Label,
            timeline.Kind.ToString().ToLowerInvariant(), caption, N(Width), N(Height), marks, line, ticks,
            N(Left), N(Right), N(Top), N(Bottom), rows);
    }

    /// <summary>Maps <paramref name="value"/> from [from, to] onto [a, b]; a span of one value maps to the middle.</summary>
    private static double Scale(double value, double from, double to, double a, double b) =>
        to == from ? (a + b) / 2 : a + (value - from) / (to - from) * (b - a);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// A plotted value for readers (<see cref="FigureValue"/>'s scale): a date, a year, days, a percentage, or a
    /// number with thousands separators.
    /// </summary>
    public static string Format(ClaimKind kind, double value) => kind switch
    {
        ClaimKind.Date => DateFormat.Short(DateOnly.FromDayNumber((int)value)),
        ClaimKind.Year => DateOnly.FromDayNumber((int)value).Year.ToString(CultureInfo.InvariantCulture),
        ClaimKind.Duration => value.ToString("#,0.#", CultureInfo.InvariantCulture) + (value == 1 ? " day" : " days"),
        ClaimKind.Percent => value.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };
}
