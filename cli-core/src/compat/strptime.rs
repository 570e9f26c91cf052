//! Naive date-times parsed the way Python's `datetime.strptime` parses them.
//!
//! This module backs Click's `DateTime` parameter type. [`strptime`] is a port of
//! CPython 3.11's `_strptime` for the C locale: every directive becomes the same
//! alternation Python builds (for instance `%d` is `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]`),
//! literal text matches case-insensitively with Python's Unicode rules, whitespace in
//! the format matches `\s+`, and a backtracking matcher tries alternatives in Python's
//! order, so ambiguous input such as `%Y%m%d` on `2024079` resolves exactly as Python
//! does. The whole input must be consumed by the *first* match Python's engine finds,
//! and the fields are then combined and validated like `_strptime` and `datetime()` do
//! (defaults 1900-01-01 00:00:00, `%y` pivot at 69, `%j`, `%U`/`%W`/`%G`/`%V` weeks).
//!
//! Choices and deviations, all documented on [`strptime`]: every error (Python's
//! `ValueError`, and `re.error` for a directive used twice) is `None`; `%z` is rejected
//! because the result would be time-zone aware; `%Z` accepts only `UTC` and `GMT` (what
//! Python accepts on a machine whose local zone is UTC); `\d` matches every Unicode
//! decimal digit (Unicode 14, as in Python 3.11), whose values count like ASCII digits;
//! case-insensitive matching of non-ASCII literals uses Rust's newer Unicode tables.

use std::collections::HashSet;
use std::fmt::{self, Write as _};

/// A date and wall-clock time without time zone, like Python's naive `datetime`.
///
/// Values built with [`NaiveDateTime::new`] or parsed by the `DateTime` type are always valid; the
/// fields are public for convenience, and the methods never panic even when they are
/// set to out-of-range values by hand.
///
/// ```
/// use clack_core::types::NaiveDateTime;
/// let dt = NaiveDateTime::new(2024, 7, 9, 10, 30, 0, 250).unwrap();
/// assert_eq!((dt.year, dt.month, dt.day), (2024, 7, 9));
/// assert!(dt < NaiveDateTime::new(2024, 7, 9, 10, 30, 1, 0).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NaiveDateTime {
    /// Year, `1..=9999`.
    pub year: i32,
    /// Month, `1..=12`.
    pub month: u8,
    /// Day of the month, `1..=28`, `29`, `30` or `31` depending on the month.
    pub day: u8,
    /// Hour, `0..=23`.
    pub hour: u8,
    /// Minute, `0..=59`.
    pub minute: u8,
    /// Second, `0..=59` (Python's `datetime` has no leap seconds).
    pub second: u8,
    /// Microsecond, `0..=999_999`.
    pub microsecond: u32,
}

const WEEKDAYS: &str = "monday tuesday wednesday thursday friday saturday sunday";
const MONTHS: &str =
    "january february march april may june july august september october november december";

impl NaiveDateTime {
    /// Builds a date-time, or `None` if any field is out of range, like Python's
    /// `datetime(year, month, day, hour, minute, second, microsecond)` raising
    /// `ValueError` (proleptic Gregorian calendar, years `1..=9999`).
    ///
    /// ```
    /// use clack_core::types::NaiveDateTime;
    /// assert!(NaiveDateTime::new(2024, 2, 29, 0, 0, 0, 0).is_some());
    /// assert!(NaiveDateTime::new(2023, 2, 29, 0, 0, 0, 0).is_none());
    /// assert!(NaiveDateTime::new(0, 1, 1, 0, 0, 0, 0).is_none());
    /// assert!(NaiveDateTime::new(2024, 1, 1, 23, 59, 60, 0).is_none());
    /// ```
    pub fn new(
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        microsecond: u32,
    ) -> Option<Self> {
        let valid = date_ok(year.into(), month.into(), day.into())
            && hour < 24
            && minute < 60
            && second < 60
            && microsecond < 1_000_000;
        valid.then_some(Self {
            year,
            month,
            day,
            hour,
            minute,
            second,
            microsecond,
        })
    }

    /// Day of the week, Monday = 0 to Sunday = 6, like Python's `datetime.weekday()`.
    ///
    /// ```
    /// use clack_core::types::NaiveDateTime;
    /// assert_eq!(NaiveDateTime::new(2024, 7, 9, 0, 0, 0, 0).unwrap().weekday(), 1);
    /// ```
    pub fn weekday(&self) -> u8 {
        u8::try_from((self.ordinal() + 6).rem_euclid(7)).unwrap_or(0)
    }

    fn ordinal(&self) -> i64 {
        ordinal(self.year.into(), self.month.into(), self.day.into())
    }

    /// Formats like Python's `datetime.strftime` in the C locale.
    ///
    /// Supported: `%Y %m %d %H %M %S %f %y %j %a %A %b %B %p %I %%`, plus `%e %w %u`
    /// and glibc's C-locale `%c` (`%a %b %e %H:%M:%S %Y`), `%x` (`%m/%d/%y`) and
    /// `%X` (`%H:%M:%S`). Any other `%` sequence, and a trailing `%`, is copied
    /// literally. `%Y` is always zero-padded to four digits (Python 3.11 on glibc
    /// prints year 5 as `5`; macOS, Windows and Python 3.13+ print `0005`), so the
    /// output parses back with the same format.
    ///
    /// ```
    /// use clack_core::types::NaiveDateTime;
    /// let dt = NaiveDateTime::new(2024, 7, 9, 15, 5, 0, 250).unwrap();
    /// assert_eq!(dt.strftime("%a %d %B %Y, %I:%M %p (%j) %f%%"),
    ///            "Tue 09 July 2024, 03:05 PM (191) 000250%");
    /// ```
    pub fn strftime(&self, format: &str) -> String {
        let mut out = String::new();
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
            } else if let Some(d) = chars.next() {
                self.directive(d, &mut out);
            } else {
                out.push('%');
            }
        }
        out
    }

    fn directive(&self, d: char, out: &mut String) {
        let wd = usize::from(self.weekday());
        let month = usize::from(self.month).wrapping_sub(1);
        let name = |i: usize| names(d).and_then(|list| list.get(i).copied());
        let _ = match d {
            'Y' => write!(out, "{:04}", self.year),
            'y' => write!(out, "{:02}", self.year.rem_euclid(100)),
            'm' => write!(out, "{:02}", self.month),
            'd' => write!(out, "{:02}", self.day),
            'e' => write!(out, "{:2}", self.day),
            'H' => write!(out, "{:02}", self.hour),
            'I' => write!(out, "{:02}", (u16::from(self.hour) + 11) % 12 + 1),
            'p' => out.write_str(if self.hour < 12 { "AM" } else { "PM" }),
            'M' => write!(out, "{:02}", self.minute),
            'S' => write!(out, "{:02}", self.second),
            'f' => write!(out, "{:06}", self.microsecond),
            'j' => write!(
                out,
                "{:03}",
                self.ordinal() - ordinal(self.year.into(), 1, 1) + 1
            ),
            'w' => write!(out, "{}", (wd + 1) % 7),
            'u' => write!(out, "{}", wd + 1),
            'a' | 'A' => push_name(out, name(wd)),
            'b' | 'B' => push_name(out, name(month)),
            'c' => out.write_str(&self.strftime("%a %b %e %H:%M:%S %Y")),
            'x' => out.write_str(&self.strftime("%m/%d/%y")),
            'X' => out.write_str(&self.strftime("%H:%M:%S")),
            '%' => out.write_char('%'),
            _ => write!(out, "%{d}"),
        };
    }
}

/// Writes a capitalised English name (`?` for an out-of-range field).
fn push_name(out: &mut String, name: Option<&str>) -> fmt::Result {
    let mut chars = name.unwrap_or("?").chars();
    out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
    out.push_str(chars.as_str());
    Ok(())
}

/// Prints like Python's `str(datetime)`: `2024-07-09 10:30:00`, with `.ffffff`
/// appended only when the microsecond is not zero.
///
/// ```
/// use clack_core::types::NaiveDateTime;
/// let dt = NaiveDateTime::new(2024, 7, 9, 10, 30, 0, 250).unwrap();
/// assert_eq!(dt.to_string(), "2024-07-09 10:30:00.000250");
/// ```
impl fmt::Display for NaiveDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )?;
        if self.microsecond != 0 {
            write!(f, ".{:06}", self.microsecond)?;
        }
        Ok(())
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether Python's `date(y, m, d)` would accept these fields.
fn date_ok(y: i64, m: i64, d: i64) -> bool {
    (1..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Python's `date(y, m, d).toordinal()` (0001-01-01 is day 1), for any inputs.
fn ordinal(y: i64, m: i64, d: i64) -> i64 {
    let p = y - 1;
    let before_month: i64 = (1..m.clamp(1, 13)).map(|k| days_in_month(y, k)).sum();
    p * 365 + p.div_euclid(4) - p.div_euclid(100) + p.div_euclid(400) + before_month + d
}

/// Python's `date.fromordinal(n)` as `(year, month, day)`, `None` when out of range.
fn from_ordinal(n: i64) -> Option<(i64, i64, i64)> {
    if !(1..=3_652_059).contains(&n) {
        return None;
    }
    let mut y = (n * 400 / 146_097).max(1);
    while ordinal(y + 1, 1, 1) <= n {
        y += 1;
    }
    while ordinal(y, 1, 1) > n {
        y -= 1;
    }
    let (mut m, mut d) = (1, n - ordinal(y, 1, 1) + 1);
    while d > days_in_month(y, m) {
        d -= days_in_month(y, m);
        m += 1;
    }
    Some((y, m, d))
}

/// Parses `input` with a Python `strptime` format, or returns `None` where Python's
/// `datetime.strptime(input, format)` raises.
///
/// Directives: `%a %A %b %B %p` (English, case-insensitive), `%c %x %X` (C locale:
/// `%a %b %d %H:%M:%S %Y`, `%m/%d/%y`, `%H:%M:%S`), `%d %f %G %H %I %j %m %M %S %u
/// %U %V %w %W %y %Y %%`, and `%Z` restricted to `UTC`/`GMT` (Python also accepts the
/// local zone's names; the value is ignored, the result is naive as in Python). `%z` is
/// rejected: Python would return an aware `datetime`, which this type cannot hold.
/// Unknown directives, a stray `%`, a directive used twice (`re.error` in Python, which
/// Click does not catch) and `%` followed by whitespace or punctuation give `None`.
///
/// Matching follows Python's regular expression: format whitespace matches one or more
/// whitespace characters (Python's `str.isspace`, which includes `\x1c`-`\x1f`), other
/// literals match case-insensitively with `re.IGNORECASE`'s rules (so `T` matches `t`
/// and `s` matches `ſ`; for non-ASCII literals the case tables are Rust's, about a
/// hundred characters assigned or changed after Unicode 14 differ from Python 3.11),
/// and `\d` in the directive patterns matches any Unicode decimal
/// digit, valued like Python's `int()` does (`%Y` accepts `٢٠٢٤` as 2024); `%f` only
/// takes ASCII digits. A month or weekday name that matches only through non-ASCII
/// case folding (such as `ſep`) fails afterwards, as in Python.
pub(crate) fn strptime(input: &str, format: &str) -> Option<NaiveDateTime> {
    let mut elems = Vec::new();
    compile(format, &mut elems)?;
    let text: Vec<char> = input.chars().collect();
    let (spans, end) = find_match(&elems, &text)?;
    if end != text.len() {
        return None;
    }
    let fields: Vec<(char, &[char])> = elems
        .iter()
        .zip(spans)
        .filter_map(|(e, (a, b))| match e {
            Elem::Dir(d) => Some((*d, text.get(a..b)?)),
            _ => None,
        })
        .collect();
    resolve(&fields)
}

/// One element of the regular expression Python builds from a format.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Elem {
    /// A literal character, matched with Python's `IGNORECASE` rules.
    Lit(char),
    /// `\s+`, greedy.
    Space,
    /// A directive group `(?P<d>...)`.
    Dir(char),
}

/// Translates a format into elements like `TimeRE.pattern`; `None` for a bad format.
fn compile(format: &str, out: &mut Vec<Elem>) -> Option<()> {
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next()? {
                '%' => out.push(Elem::Lit('%')),
                'c' => compile("%a %b %d %H:%M:%S %Y", out)?,
                'x' => compile("%m/%d/%y", out)?,
                'X' => compile("%H:%M:%S", out)?,
                d if d == 'f' || names(d).is_some() || digit_pattern(d).is_some() => {
                    if out.contains(&Elem::Dir(d)) {
                        return None; // re.error: redefinition of group name
                    }
                    out.push(Elem::Dir(d));
                }
                _ => return None,
            }
        } else if is_space(c) {
            while chars.next_if(|&n| is_space(n)).is_some() {}
            out.push(Elem::Space);
        } else {
            out.push(Elem::Lit(c));
        }
    }
    Some(())
}

/// The alternatives of a numeric directive, exactly as in `_strptime.TimeRE`.
/// Classes are always `[a-b]`; `\d` is any Unicode decimal digit.
fn digit_pattern(d: char) -> Option<&'static str> {
    Some(match d {
        'd' => r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
        'H' => r"2[0-3]|[0-1]\d|\d",
        'I' | 'm' => r"1[0-2]|0[1-9]|[1-9]",
        'G' | 'Y' => r"\d\d\d\d",
        'j' => r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
        'M' => r"[0-5]\d|\d",
        'S' => r"6[0-1]|[0-5]\d|\d",
        'U' | 'W' => r"5[0-3]|[0-4]\d|\d",
        'V' => r"5[0-3]|0[1-9]|[1-4]\d|\d",
        'w' => "[0-6]",
        'u' => "[1-7]",
        'y' => r"\d\d",
        _ => return None,
    })
}

/// The names a name directive matches, lowercase, in Python's list order.
fn names(d: char) -> Option<Vec<&'static str>> {
    let (list, len) = match d {
        'A' => (WEEKDAYS, 9),
        'a' => (WEEKDAYS, 3),
        'B' => (MONTHS, 9),
        'b' => (MONTHS, 3),
        'p' => ("am pm", 2),
        'Z' => ("utc gmt", 3),
        _ => return None,
    };
    Some(list.split(' ').map(|n| n.get(..len).unwrap_or(n)).collect())
}

/// Matches one alternative of a [`digit_pattern`] at the start of `s`; returns its length.
fn match_alt(alt: &str, s: &[char]) -> Option<usize> {
    let (b, mut k, mut n) = (alt.as_bytes(), 0, 0);
    while let Some(&p) = b.get(k) {
        let c = *s.get(n)?;
        let ok = match p {
            b'\\' => {
                k += 2;
                decimal_value(c).is_some()
            }
            b'[' => {
                let (lo, hi) = (*b.get(k + 1)?, *b.get(k + 3)?);
                k += 5;
                (char::from(lo)..=char::from(hi)).contains(&c)
            }
            _ => {
                k += 1;
                c == char::from(p)
            }
        };
        if !ok {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// End positions element `e` can match at `pos`, in the order Python's engine tries them.
fn candidates(e: Elem, s: &[char], pos: usize) -> Vec<usize> {
    let rest = s.get(pos..).unwrap_or_default();
    let ends = |n: usize| (1..=n).rev().map(move |k| pos + k);
    match e {
        Elem::Lit(p) => ends(usize::from(rest.first().is_some_and(|&c| ci_eq(p, c)))).collect(),
        Elem::Space => ends(rest.iter().take_while(|c| is_space(**c)).count()).collect(),
        Elem::Dir('f') => {
            let digits = rest.iter().take(6).take_while(|c| c.is_ascii_digit());
            ends(digits.count()).collect() // [0-9]{1,6}, greedy
        }
        Elem::Dir(d) => match names(d) {
            Some(mut list) => {
                crate::order::sort_by_key(&mut list, |n| std::cmp::Reverse(n.len())); // stable, like __seqToRE
                list.iter()
                    .filter(|n| {
                        rest.len() >= n.len() && n.chars().zip(rest).all(|(p, &c)| ci_eq(p, c))
                    })
                    .map(|n| pos + n.len())
                    .collect()
            }
            None => digit_pattern(d)
                .unwrap_or_default()
                .split('|')
                .filter_map(|alt| match_alt(alt, rest))
                .map(|n| pos + n)
                .collect(),
        },
    }
}

/// Backtracking search with Python's `re.match` semantics: the first way (in
/// alternative order) to match every element from position 0, not necessarily
/// consuming all of `s`. Returns the span of each element and the end position.
/// Iterative (no recursion depth limit) and memoised on `(element, position)`.
fn find_match(elems: &[Elem], s: &[char]) -> Option<(Vec<(usize, usize)>, usize)> {
    struct Frame {
        start: usize,
        end: usize,
        untried: Vec<usize>, // reversed: the next candidate is last
    }
    let mut failed: HashSet<(usize, usize)> = HashSet::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut pos = 0;
    loop {
        let i = stack.len();
        let Some(&e) = elems.get(i) else {
            return Some((stack.iter().map(|f| (f.start, f.end)).collect(), pos));
        };
        let mut untried = if failed.contains(&(i, pos)) {
            Vec::new()
        } else {
            candidates(e, s, pos)
        };
        untried.reverse();
        stack.push(Frame {
            start: pos,
            end: pos,
            untried,
        });
        loop {
            let top = stack.last_mut()?;
            if let Some(end) = top.untried.pop() {
                (top.end, pos) = (end, end);
                break;
            }
            let start = top.start;
            stack.pop();
            failed.insert((stack.len(), start));
        }
    }
}

/// Combines matched fields like the second half of `_strptime._strptime` followed by
/// the `datetime(...)` constructor.
fn resolve(fields: &[(char, &[char])]) -> Option<NaiveDateTime> {
    let (mut iso_year, mut year, mut month, mut day) = (None, None, 1, 1);
    let (mut hour, mut minute, mut second, mut fraction) = (0, 0, 0, 0);
    let (mut iso_week, mut week_of_year, mut week_starts_mon) = (None, None, false);
    let (mut weekday, mut julian) = (None, None);
    let lower = |t: &[char]| t.iter().collect::<String>().to_lowercase();
    let ampm = fields
        .iter()
        .find(|f| f.0 == 'p')
        .map(|f| lower(f.1))
        .unwrap_or_default();
    for &(d, text) in fields {
        let int = || py_int(text);
        let name = || {
            names(d)?
                .iter()
                .position(|n| *n == lower(text))
                .and_then(|i| i64::try_from(i).ok())
        };
        match d {
            'y' => year = Some(int()? + if int()? <= 68 { 2000 } else { 1900 }),
            'Y' => year = Some(int()?),
            'G' => iso_year = Some(int()?),
            'm' => month = int()?,
            'B' | 'b' => month = name()? + 1,
            'd' => day = int()?,
            'H' => hour = int()?,
            'I' => {
                hour = int()?;
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = int()?,
            'S' => second = int()?,
            'f' => fraction = (text.len()..6).fold(int()?, |v, _| v * 10),
            'A' | 'a' => weekday = Some(name()?),
            'w' => weekday = Some((int()? + 6) % 7),
            'u' => weekday = Some(int()? - 1),
            'j' => julian = Some(int()?),
            'U' | 'W' => (week_of_year, week_starts_mon) = (Some(int()?), d == 'W'),
            'V' => iso_week = Some(int()?),
            _ => {} // 'p' is read by 'I'; 'Z' does not change a naive result
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() || julian.is_some() {
            return None; // %G needs %V and a weekday, and excludes %j
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        return None; // %V needs %G and a weekday
    }
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if let (None, Some(wd)) = (julian, weekday) {
        if let Some(week) = week_of_year {
            julian = Some(julian_from_u_or_w(year, week, wd, week_starts_mon)?);
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            let (y, j) = julian_from_v(iy, iw, wd + 1)?;
            (year, julian) = (y, Some(j));
        }
        if let Some(j) = julian.filter(|&j| j <= 0) {
            year -= 1;
            julian = Some(j + if is_leap(year) { 366 } else { 365 });
        }
    }
    match julian {
        None if !date_ok(year, month, day) => return None,
        None => {}
        Some(_) if !date_ok(year, 1, 1) => return None,
        Some(j) => (year, month, day) = from_ordinal(j - 1 + ordinal(year, 1, 1))?,
    }
    if leap_year_fix {
        year = 1900;
    }
    let small = |v: i64| u8::try_from(v).ok();
    NaiveDateTime::new(
        i32::try_from(year).ok()?,
        small(month)?,
        small(day)?,
        small(hour)?,
        small(minute)?,
        small(second)?,
        u32::try_from(fraction).ok()?,
    )
}

/// `_calc_julian_from_U_or_W`: day of the year from a week number and weekday.
fn julian_from_u_or_w(year: i64, week: i64, weekday: i64, starts_mon: bool) -> Option<i64> {
    if !date_ok(year, 1, 1) {
        return None;
    }
    let (mut first, mut wd) = ((ordinal(year, 1, 1) + 6).rem_euclid(7), weekday);
    if !starts_mon {
        (first, wd) = ((first + 1) % 7, (wd + 1) % 7);
    }
    let week_0_length = (7 - first) % 7;
    Some(if week == 0 {
        1 + wd - first
    } else {
        1 + week_0_length + 7 * (week - 1) + wd
    })
}

/// `_calc_julian_from_V`: `(year, day of year)` from an ISO year, week and weekday (1-7).
fn julian_from_v(iso_year: i64, iso_week: i64, iso_weekday: i64) -> Option<(i64, i64)> {
    if !date_ok(iso_year, 1, 4) {
        return None;
    }
    let correction = (ordinal(iso_year, 1, 4) + 6).rem_euclid(7) + 1 + 3;
    let ord = iso_week * 7 + iso_weekday - correction;
    if ord >= 1 {
        return Some((iso_year, ord));
    }
    if !date_ok(iso_year - 1, 1, 1) {
        return None;
    }
    Some((
        iso_year - 1,
        ord + ordinal(iso_year, 1, 1) - ordinal(iso_year - 1, 1, 1),
    ))
}

/// Python's `int()` on a matched group: Unicode decimal digits, maybe a leading space.
fn py_int(text: &[char]) -> Option<i64> {
    text.iter()
        .filter(|c| **c != ' ')
        .try_fold(0i64, |acc, &c| {
            acc.checked_mul(10)?
                .checked_add(i64::from(decimal_value(c)?))
        })
}

/// Python's `\s` in a `str` pattern (`str.isspace`).
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The zero of every run of Unicode decimal digits (category Nd, Unicode 14.0).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (Python's `\d` and `int()`), else `None`.
fn decimal_value(c: char) -> Option<u32> {
    let c = u32::from(c);
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let v = c - DECIMAL_ZEROS.get(i)?;
    (v < 10).then_some(v)
}

/// Pairs of lowercase characters `re` treats as equal beyond simple lowercasing
/// (`re._casefix._EXTRA_CASES` in Python 3.11).
const EXTRA_CASES: [u32; 56] = [
    0x69, 0x131, 0x73, 0x17F, 0xB5, 0x3BC, 0x345, 0x3B9, 0x345, 0x1FBE, 0x3B9, 0x1FBE, 0x390,
    0x1FD3, 0x3B0, 0x1FE3, 0x3B2, 0x3D0, 0x3B5, 0x3F5, 0x3B8, 0x3D1, 0x3BA, 0x3F0, 0x3C0, 0x3D6,
    0x3C1, 0x3F1, 0x3C2, 0x3C3, 0x3C6, 0x3D5, 0x432, 0x1C80, 0x434, 0x1C81, 0x43E, 0x1C82, 0x441,
    0x1C83, 0x442, 0x1C84, 0x442, 0x1C85, 0x1C84, 0x1C85, 0x44A, 0x1C86, 0x463, 0x1C87, 0x1C88,
    0xA64B, 0x1E61, 0x1E9B, 0xFB05, 0xFB06,
];

/// `re`'s case mappings (`_PyUnicode_ToLowercase`/`ToUppercase`): the first character
/// of the full mapping, so `İ` lowers to `i` and `ß` uppers to `S`.
fn lower_upper(c: char) -> (char, char) {
    (
        c.to_lowercase().next().unwrap_or(c),
        c.to_uppercase().next().unwrap_or(c),
    )
}

/// Whether input character `c` matches pattern literal `p` under Python's
/// `re.IGNORECASE` for `str` patterns.
fn ci_eq(p: char, c: char) -> bool {
    if p == c {
        return true;
    }
    let (lp, up) = lower_upper(p);
    if lp == p && up == p {
        return false; // not cased: compiled as an exact literal
    }
    let lc = lower_upper(c).0;
    let (lp, lc) = (u32::from(lp), u32::from(lc));
    lp == lc
        || EXTRA_CASES
            .chunks_exact(2)
            .any(|pair| pair == [lp, lc] || pair == [lc, lp])
}

#[cfg(test)]
mod tests;
