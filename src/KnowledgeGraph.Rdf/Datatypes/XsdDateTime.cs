using System.Globalization;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// A value of one of the date/time types (dateTime, dateTimeStamp, date, time, gYear, gYearMonth, gMonth, gMonthDay, gDay).
/// Components the type lacks hold the values of XPath's "starting instant" template (year 1972, month 1 or 12, day 1 or 31,
/// time 00:00:00), so every value is also a point on the timeline and the types can share one comparison.
/// A dateTime or time written with 24:00:00 is stored as 00:00:00 (of the next day for dateTime), as XSD 1.1 maps it.
/// </summary>
public readonly struct XsdDateTime : IEquatable<XsdDateTime>
{
    private const short NoTimezone = short.MinValue;

    private readonly short _timezoneMinutes;

    private XsdDateTime(XsdDatatype kind, long year, int month, int day, int hour, int minute, int second, XsdDecimal fraction, short timezoneMinutes)
    {
        Kind = kind;
        Year = year;
        Month = (byte)month;
        Day = (byte)day;
        Hour = (byte)hour;
        Minute = (byte)minute;
        Second = (byte)second;
        FractionalSecond = fraction;
        _timezoneMinutes = timezoneMinutes;
    }

    /// <summary>Which date/time datatype this value belongs to; decides which components are real and how it prints.</summary>
    public XsdDatatype Kind { get; }

    public long Year { get; }

    public byte Month { get; }

    public byte Day { get; }

    public byte Hour { get; }

    public byte Minute { get; }

    /// <summary>Whole seconds, 0-59 (leap seconds are not in XSD's value space).</summary>
    public byte Second { get; }

    /// <summary>The fraction of the second, 0 &lt;= f &lt; 1, exact to every digit written.</summary>
    public XsdDecimal FractionalSecond { get; }

    /// <summary>The timezone offset in minutes (-840 to 840), or null when the value has none.</summary>
    public int? TimezoneOffsetMinutes => _timezoneMinutes == NoTimezone ? null : _timezoneMinutes;

    public bool HasTimezone => _timezoneMinutes != NoTimezone;

    /// <summary>Seconds from 1970-01-01T00:00:00 reading the components as local time, i.e. ignoring the timezone.</summary>
    internal long LocalSeconds =>
        (XsdCalendar.DaysFromCivil(Year, Month, Day) * 86_400) + (Hour * 3600L) + (Minute * 60L) + Second;

    /// <summary>Seconds from the epoch in UTC; for values without timezone, the same as <see cref="LocalSeconds"/>.</summary>
    internal long UtcSeconds => LocalSeconds - (HasTimezone ? _timezoneMinutes * 60L : 0);

    public static bool IsDateTimeKind(XsdDatatype kind) => kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Date
        or XsdDatatype.Time or XsdDatatype.GYear or XsdDatatype.GYearMonth or XsdDatatype.GMonth or XsdDatatype.GMonthDay or XsdDatatype.GDay;

    /// <summary>
    /// Builds a value from components, checking them as the parser does. Components that <paramref name="kind"/> lacks
    /// are ignored and replaced by the starting-instant template (so a gYear can be made from any month and day).
    /// </summary>
    /// <returns>False when a component the kind has is out of range (month 13, 2021-02-29, second 60, offset beyond ±14:00...).</returns>
    public static bool TryCreate(
        XsdDatatype kind,
        long year,
        int month,
        int day,
        int hour,
        int minute,
        int second,
        XsdDecimal fractionalSecond,
        int? timezoneOffsetMinutes,
        out XsdDateTime value)
    {
        value = default;
        if (!IsDateTimeKind(kind))
        {
            return false;
        }

        var hasYear = kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Date or XsdDatatype.GYear or XsdDatatype.GYearMonth;
        var hasMonth = hasYear ? kind != XsdDatatype.GYear : kind is XsdDatatype.GMonth or XsdDatatype.GMonthDay;
        var hasDay = kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Date or XsdDatatype.GMonthDay or XsdDatatype.GDay;
        var hasTime = kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Time;
        if (!hasYear)
        {
            year = 1972;
        }

        if (!hasMonth)
        {
            month = kind is XsdDatatype.GDay or XsdDatatype.Time ? 12 : 1;
        }

        if (!hasDay)
        {
            day = kind == XsdDatatype.Time ? 31 : 1;
        }

        if (!hasTime)
        {
            (hour, minute, second, fractionalSecond) = (0, 0, 0, XsdDecimal.Zero);
        }

        if (Math.Abs(year) > XsdCalendar.MaxAbsoluteYear || month is < 1 or > 12 || day < 1 || day > XsdCalendar.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59
            || fractionalSecond.Sign < 0 || fractionalSecond >= XsdDecimal.One
            || timezoneOffsetMinutes is < -840 or > 840
            || (kind == XsdDatatype.DateTimeStamp && timezoneOffsetMinutes is null))
        {
            return false;
        }

        value = new XsdDateTime(kind, year, month, day, hour, minute, second, fractionalSecond, (short)(timezoneOffsetMinutes ?? NoTimezone));
        return true;
    }

    /// <summary>An xsd:dateTime with the offset's timezone and the instant's 100 ns ticks as fractional seconds (SPARQL's NOW()).</summary>
    public static XsdDateTime FromDateTimeOffset(DateTimeOffset instant)
    {
        var fraction = XsdDecimal.Create(instant.Ticks % TimeSpan.TicksPerSecond, 7);
        var created = TryCreate(
            XsdDatatype.DateTime, instant.Year, instant.Month, instant.Day, instant.Hour, instant.Minute, instant.Second,
            fraction, (int)instant.Offset.TotalMinutes, out var value);
        return created ? value : throw new ArgumentOutOfRangeException(nameof(instant), instant, "Offset outside ±14:00.");
    }

    /// <summary>Parses the XSD 1.1 lexical form of <paramref name="kind"/> (no whitespace: callers trim first).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, XsdDatatype kind, out XsdDateTime value)
    {
        value = default;
        var reader = new Cursor(text);
        long year = 1972;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0;
        var fraction = XsdDecimal.Zero;
        var endOfDay = false;

        switch (kind)
        {
            case XsdDatatype.DateTime or XsdDatatype.DateTimeStamp:
                if (!reader.Year(out year) || !reader.Expect('-') || !reader.Month(out month) || !reader.Expect('-')
                    || !reader.Day(out day) || !reader.Expect('T') || !reader.TimeOfDay(out hour, out minute, out second, out fraction, out endOfDay))
                {
                    return false;
                }

                break;
            case XsdDatatype.Date:
                if (!reader.Year(out year) || !reader.Expect('-') || !reader.Month(out month) || !reader.Expect('-') || !reader.Day(out day))
                {
                    return false;
                }

                break;
            case XsdDatatype.Time:
                (month, day) = (12, 31);
                if (!reader.TimeOfDay(out hour, out minute, out second, out fraction, out endOfDay))
                {
                    return false;
                }

                break;
            case XsdDatatype.GYear:
                if (!reader.Year(out year))
                {
                    return false;
                }

                break;
            case XsdDatatype.GYearMonth:
                if (!reader.Year(out year) || !reader.Expect('-') || !reader.Month(out month))
                {
                    return false;
                }

                break;
            case XsdDatatype.GMonth:
                if (!reader.Expect('-') || !reader.Expect('-') || !reader.Month(out month))
                {
                    return false;
                }

                break;
            case XsdDatatype.GMonthDay:
                if (!reader.Expect('-') || !reader.Expect('-') || !reader.Month(out month) || !reader.Expect('-') || !reader.Day(out day))
                {
                    return false;
                }

                break;
            case XsdDatatype.GDay:
                month = 12;
                if (!reader.Expect('-') || !reader.Expect('-') || !reader.Expect('-') || !reader.Day(out day))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        var timezone = NoTimezone;
        if (!reader.AtEnd)
        {
            if (!reader.Timezone(out var minutes) || !reader.AtEnd)
            {
                return false;
            }

            timezone = (short)minutes;
        }
        else if (kind == XsdDatatype.DateTimeStamp)
        {
            return false;
        }

        // Day-of-month limits: a real year for dates; for gMonthDay any year, so --02-29 is allowed (1972 is a leap year).
        if (day > XsdCalendar.DaysInMonth(year, month))
        {
            return false;
        }

        if (endOfDay && kind != XsdDatatype.Time)
        {
            (year, month, day) = XsdCalendar.CivilFromDays(XsdCalendar.DaysFromCivil(year, month, day) + 1);
            if (Math.Abs(year) > XsdCalendar.MaxAbsoluteYear)
            {
                return false;
            }
        }

        value = new XsdDateTime(kind, year, month, day, hour, minute, second, fraction, timezone);
        return true;
    }

    /// <summary>The XSD 1.1 canonical form: 4+ digit years, fractional seconds without trailing zeros, "Z" for a zero offset; the offset itself is kept.</summary>
    public override string ToString()
    {
        // Built in a stack buffer; the handler moves to a pooled array only for very long fractions.
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[64]);
        switch (Kind)
        {
            case XsdDatatype.DateTime or XsdDatatype.DateTimeStamp:
                AppendYear(ref text);
                AppendTwo(ref text, '-', Month);
                AppendTwo(ref text, '-', Day);
                text.AppendLiteral("T");
                AppendTime(ref text);
                break;
            case XsdDatatype.Date:
                AppendYear(ref text);
                AppendTwo(ref text, '-', Month);
                AppendTwo(ref text, '-', Day);
                break;
            case XsdDatatype.Time:
                AppendTime(ref text);
                break;
            case XsdDatatype.GYear:
                AppendYear(ref text);
                break;
            case XsdDatatype.GYearMonth:
                AppendYear(ref text);
                AppendTwo(ref text, '-', Month);
                break;
            case XsdDatatype.GMonth:
                text.AppendLiteral("-");
                AppendTwo(ref text, '-', Month);
                break;
            case XsdDatatype.GMonthDay:
                text.AppendLiteral("-");
                AppendTwo(ref text, '-', Month);
                AppendTwo(ref text, '-', Day);
                break;
            case XsdDatatype.GDay:
                text.AppendLiteral("--");
                AppendTwo(ref text, '-', Day);
                break;
        }

        if (HasTimezone)
        {
            AppendTimezone(ref text, _timezoneMinutes);
        }

        return text.ToStringAndClear();
    }

    public bool Equals(XsdDateTime other) =>
        Kind == other.Kind && Year == other.Year && Month == other.Month && Day == other.Day && Hour == other.Hour
        && Minute == other.Minute && Second == other.Second && FractionalSecond.Equals(other.FractionalSecond)
        && _timezoneMinutes == other._timezoneMinutes;

    public override bool Equals(object? obj) => obj is XsdDateTime other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(Kind, Year, Month, Day, Hour, Minute, Second, HashCode.Combine(FractionalSecond, _timezoneMinutes));

    private static void AppendTimezone(ref DefaultInterpolatedStringHandler text, int minutes)
    {
        if (minutes == 0)
        {
            text.AppendLiteral("Z");
            return;
        }

        var abs = Math.Abs(minutes);
        AppendTwo(ref text, minutes < 0 ? '-' : '+', abs / 60);
        AppendTwo(ref text, ':', abs % 60);
    }

    /// <summary>Appends a separator and a two-digit number.</summary>
    private static void AppendTwo(ref DefaultInterpolatedStringHandler text, char separator, int value)
    {
        text.AppendFormatted(separator);
        text.AppendFormatted((char)('0' + (value / 10)));
        text.AppendFormatted((char)('0' + (value % 10)));
    }

    private readonly void AppendYear(ref DefaultInterpolatedStringHandler text)
    {
        if (Year < 0)
        {
            text.AppendLiteral("-");
        }

        text.AppendFormatted(Math.Abs(Year), "D4");
    }

    private readonly void AppendTime(ref DefaultInterpolatedStringHandler text)
    {
        text.AppendFormatted((char)('0' + (Hour / 10)));
        text.AppendFormatted((char)('0' + (Hour % 10)));
        AppendTwo(ref text, ':', Minute);
        AppendTwo(ref text, ':', Second);
        if (FractionalSecond.Sign != 0)
        {
            // 0 < f < 1 and normalised: the unscaled digits, left-padded with zeros to Scale, are exactly the digits after the point.
            text.AppendLiteral(".");
            var unscaled = FractionalSecond.Unscaled;
            var digits = unscaled.GetByteCount() <= 8 ? DigitCount((ulong)unscaled) : unscaled.ToString(CultureInfo.InvariantCulture).Length;
            for (var i = digits; i < FractionalSecond.Scale; i++)
            {
                text.AppendLiteral("0");
            }

            text.AppendFormatted(unscaled);
        }
    }

    private static int DigitCount(ulong value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    /// <summary>A forward-only reader over the lexical form; every method consumes only on success paths the caller then abandons on failure.</summary>
    private ref struct Cursor(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public readonly bool AtEnd => _position == _text.Length;

        public bool Expect(char c)
        {
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        /// <summary>yearFrag: '-'? (([1-9] digit digit digit+) | ('0' digit digit digit)); "-0000" is refused (there is no negative zero year).</summary>
        public bool Year(out long year)
        {
            year = 0;
            var negative = Expect('-');
            var count = XsdScanning.CountDigits(_text, _position);
            if (count < 4 || (count > 4 && _text[_position] == '0') || count > 11)
            {
                return false;
            }

            year = XsdScanning.ReadLong(_text.Slice(_position, count));
            _position += count;
            if (negative)
            {
                if (year == 0)
                {
                    return false;
                }

                year = -year;
            }

            return true;
        }

        public bool Month(out int month) => Two(out month) && month is >= 1 and <= 12;

        public bool Day(out int day) => Two(out day) && day is >= 1 and <= 31;

        /// <summary>hh:mm:ss('.' digit+)? with hh 00-23, or the end-of-day form 24:00:00('.' '0'+)?.</summary>
        public bool TimeOfDay(out int hour, out int minute, out int second, out XsdDecimal fraction, out bool endOfDay)
        {
            minute = second = 0;
            fraction = XsdDecimal.Zero;
            endOfDay = false;
            if (!Two(out hour) || !Expect(':') || !Two(out minute) || !Expect(':') || !Two(out second))
            {
                return false;
            }

            if (Expect('.'))
            {
                var count = XsdScanning.CountDigits(_text, _position);
                if (count == 0)
                {
                    return false;
                }

                fraction = XsdDecimal.FromDigitParts(default, _text.Slice(_position, count), negative: false);
                _position += count;
            }

            if (hour == 24)
            {
                endOfDay = true;
                hour = 0;
                return minute == 0 && second == 0 && fraction.Sign == 0;
            }

            return hour <= 23 && minute <= 59 && second <= 59;
        }

        /// <summary>'Z' | ('+' | '-') (('0' digit | '1' [0-3]) ':' minute | '14:00').</summary>
        public bool Timezone(out int minutes)
        {
            minutes = 0;
            if (Expect('Z'))
            {
                return true;
            }

            int sign;
            if (Expect('+'))
            {
                sign = 1;
            }
            else if (Expect('-'))
            {
                sign = -1;
            }
            else
            {
                return false;
            }

            if (!Two(out var hours) || !Expect(':') || !Two(out var mins) || mins > 59 || hours > 14 || (hours == 14 && mins != 0))
            {
                return false;
            }

            minutes = sign * ((hours * 60) + mins);
            return true;
        }

        private bool Two(out int value)
        {
            if (XsdScanning.TryReadTwoDigits(_text, _position, out value))
            {
                _position += 2;
                return true;
            }

            return false;
        }
    }
}
