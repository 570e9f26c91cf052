//! `jiff`'s civil `DateTime` and `Date` as parameter values, read as
//! Click's `DateTime` reads (the `jiff` feature).

use std::ffi::OsString;

use jiff::civil::{Date, DateTime as CivilDateTime};

use super::datetime::{DateTime, DateTimeValue, NaiveDateTime as Naive};
use super::defaults::{DefaultFor, NotOption};
use super::{IntoDefault, ParamValue};

/// jiff's date as clack's, for printing a default (`None` before year 1).
fn naive_date(d: Date) -> Option<Naive> {
    let (month, day) = (u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?);
    Naive::new(d.year().into(), month, day, 0, 0, 0, 0)
}

fn date_of(v: &Naive) -> Option<Date> {
    let year = i16::try_from(v.year).ok()?;
    let (month, day) = (i8::try_from(v.month).ok()?, i8::try_from(v.day).ok()?);
    Date::new(year, month, day).ok()
}

impl DateTimeValue for CivilDateTime {
    fn from_naive(v: Naive) -> Option<Self> {
        let date = date_of(&v)?;
        let hour = i8::try_from(v.hour).ok()?;
        let minute = i8::try_from(v.minute).ok()?;
        let second = i8::try_from(v.second).ok()?;
        let nanos = i32::try_from(v.microsecond).ok()?.checked_mul(1000)?;
        jiff::civil::Time::new(hour, minute, second, nanos)
            .ok()
            .map(|t| date.to_datetime(t))
    }
}

impl DateTimeValue for Date {
    const DEFAULT_FORMATS: &'static [&'static str] = &["%Y-%m-%d"];

    fn from_naive(v: Naive) -> Option<Self> {
        date_of(&v)
    }
}

/// Click's `DateTime` with its three default formats.
impl ParamValue for CivilDateTime {
    type Type = DateTime<CivilDateTime>;
    fn param_type() -> Self::Type {
        DateTime::of()
    }
}

/// Click's `DateTime` with the format `%Y-%m-%d`.
impl ParamValue for Date {
    type Type = DateTime<Date>;
    fn param_type() -> Self::Type {
        DateTime::of()
    }
}

impl IntoDefault for CivilDateTime {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        let text = naive_date(self.date()).map_or_else(
            || self.to_string(),
            |d| {
                format!(
                    "{} {:02}:{:02}:{:02}",
                    d.strftime("%Y-%m-%d"),
                    self.hour(),
                    self.minute(),
                    self.second()
                )
            },
        );
        out.push(text.into());
    }
}

impl IntoDefault for Date {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        let text = naive_date(*self).map_or_else(|| self.to_string(), |d| d.strftime("%Y-%m-%d"));
        out.push(text.into());
    }
}

impl DefaultFor<CivilDateTime> for &str {}
impl DefaultFor<CivilDateTime> for CivilDateTime {}
impl DefaultFor<Date> for &str {}
impl DefaultFor<Date> for Date {}
impl NotOption for CivilDateTime {}
impl NotOption for Date {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ParamType;
    use crate::types::MetavarInfo;

    fn info() -> MetavarInfo {
        MetavarInfo {
            is_argument: false,
            required: false,
            show_choices: true,
        }
    }

    #[test]
    fn date_times_read_as_click_reads() {
        let t = CivilDateTime::param_type();
        assert_eq!(
            t.metavar(&info()).as_deref(),
            Some("[%Y-%m-%d|%Y-%m-%dT%H:%M:%S|%Y-%m-%d %H:%M:%S]")
        );
        let want = jiff::civil::datetime(2024, 7, 9, 10, 30, 5, 0);
        assert_eq!(t.convert("2024-07-09T10:30:05".into(), None).unwrap(), want);
        assert_eq!(t.convert("2024-07-09 10:30:05".into(), None).unwrap(), want);
        assert_eq!(
            t.convert("2024-07-09".into(), None).unwrap(),
            jiff::civil::datetime(2024, 7, 9, 0, 0, 0, 0)
        );
        let micro = DateTime::<CivilDateTime>::of_formats(["%H:%M:%S.%f %d/%m/%Y"]);
        assert_eq!(
            micro
                .convert("10:30:05.000250 09/07/2024".into(), None)
                .unwrap(),
            jiff::civil::datetime(2024, 7, 9, 10, 30, 5, 250_000)
        );
        assert_eq!(
            t.convert("tomorrow".into(), None).unwrap_err().message(),
            "'tomorrow' does not match the formats '%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S'."
        );
        let mut out = Vec::new();
        want.default_tokens(&mut out);
        assert_eq!(out, ["2024-07-09 10:30:05"]);
    }

    #[test]
    fn dates_take_one_format() {
        let t = Date::param_type();
        assert_eq!(t.metavar(&info()).as_deref(), Some("[%Y-%m-%d]"));
        assert_eq!(
            t.convert("2024-07-09".into(), None).unwrap(),
            jiff::civil::date(2024, 7, 9)
        );
        assert_eq!(
            t.convert("2024-7-9x".into(), None).unwrap_err().message(),
            "'2024-7-9x' does not match the format '%Y-%m-%d'."
        );
        let mut out = Vec::new();
        jiff::civil::date(2024, 12, 31).default_tokens(&mut out);
        assert_eq!(out, ["2024-12-31"]);
    }
}
