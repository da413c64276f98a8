namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// The proleptic Gregorian calendar as XSD 1.1 uses it: there is a year 0 (1 BCE, a leap year),
/// so year -1 is 2 BCE and leap years follow the usual rule for every integer year.
/// </summary>
public static class XsdCalendar
{
    /// <summary>The largest |year| this layer accepts; keeps seconds since the epoch inside a long.</summary>
    public const long MaxAbsoluteYear = 99_999_999_999;

    public static bool IsLeapYear(long year) => FloorMod(year, 4) == 0 && (FloorMod(year, 100) != 0 || FloorMod(year, 400) == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Days from 1970-01-01 to the given civil date (negative before it); month 1-12, day 1-31.</summary>
    public static long DaysFromCivil(long year, int month, int day)
    {
        // Shift the year to start in March so the leap day is the last day of the shifted year.
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - (era * 400);
        var monthFromMarch = month > 2 ? month - 3 : month + 9;
        var dayOfYear = ((153 * monthFromMarch) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    /// <summary>The inverse of <see cref="DaysFromCivil"/>.</summary>
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719_468;
        var era = FloorDiv(days, 146_097);
        var dayOfEra = days - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
        var month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>Adds whole months, keeping the day of month only as far as the target month allows (XSD appendix E).</summary>
    public static (long Year, int Month) AddMonths(long year, int month, long months)
    {
        var total = (year * 12) + (month - 1) + months;
        return (FloorDiv(total, 12), (int)FloorMod(total, 12) + 1);
    }

    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    public static long FloorMod(long a, long b)
    {
        var m = a % b;
        return m != 0 && ((m < 0) != (b < 0)) ? m + b : m;
    }
}
