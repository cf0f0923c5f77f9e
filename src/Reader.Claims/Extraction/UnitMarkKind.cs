namespace Reader.Claims.Extraction;

internal enum UnitMarkKind { None, Percent, Currency }
