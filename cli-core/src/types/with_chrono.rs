//! `chrono`'s `NaiveDateTime` and `NaiveDate` as parameter values, read
//! as Click's `DateTime` reads (the `chrono` feature).

use std::ffi::OsString;

use chrono::{Datelike as _, NaiveDate, Timelike as _};

use super::datetime::{DateTime, DateTimeValue, NaiveDateTime as Naive};
use super::defaults::{DefaultFor, NotOption};
use super::{IntoDefault, ParamValue};

/// `chrono`'s date as clack's, for printing a default.
fn naive_date(d: NaiveDate) -> Option<Naive> {
    let (month, day) = (u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?);
    Naive::new(d.year(), month, day, 0, 0, 0, 0)
}

impl DateTimeValue for chrono::NaiveDateTime {
    fn from_naive(v: Naive) -> Option<Self> {
        NaiveDate::from_ymd_opt(v.year, v.month.into(), v.day.into())?.and_hms_micro_opt(
            v.hour.into(),
            v.minute.into(),
            v.second.into(),
            v.microsecond,
        )
    }
}

impl DateTimeValue for NaiveDate {
    const DEFAULT_FORMATS: &'static [&'static str] = &["%Y-%m-%d"];

    fn from_naive(v: Naive) -> Option<Self> {
        NaiveDate::from_ymd_opt(v.year, v.month.into(), v.day.into())
    }
}

/// Click's `DateTime` with its three default formats.
impl ParamValue for chrono::NaiveDateTime {
    type Type = DateTime<chrono::NaiveDateTime>;
    fn param_type() -> Self::Type {
        DateTime::of()
    }
}

/// Click's `DateTime` with the format `%Y-%m-%d`.
impl ParamValue for NaiveDate {
    type Type = DateTime<NaiveDate>;
    fn param_type() -> Self::Type {
        DateTime::of()
    }
}

impl IntoDefault for chrono::NaiveDateTime {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        let time = (self.hour(), self.minute(), self.second());
        let text = naive_date(self.date()).map_or_else(
            || self.to_string(),
            |d| {
                format!(
                    "{} {:02}:{:02}:{:02}",
                    d.strftime("%Y-%m-%d"),
                    time.0,
                    time.1,
                    time.2
                )
            },
        );
        out.push(text.into());
    }
}

impl IntoDefault for NaiveDate {
    fn default_tokens(&self, out: &mut Vec<OsString>) {
        let text = naive_date(*self).map_or_else(|| self.to_string(), |d| d.strftime("%Y-%m-%d"));
        out.push(text.into());
    }
}

impl DefaultFor<chrono::NaiveDateTime> for &str {}
impl DefaultFor<chrono::NaiveDateTime> for chrono::NaiveDateTime {}
impl DefaultFor<NaiveDate> for &str {}
impl DefaultFor<NaiveDate> for NaiveDate {}
impl NotOption for chrono::NaiveDateTime {}
impl NotOption for NaiveDate {}

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
        let t = chrono::NaiveDateTime::param_type();
        assert_eq!(
            t.metavar(&info()).as_deref(),
            Some("[%Y-%m-%d|%Y-%m-%dT%H:%M:%S|%Y-%m-%d %H:%M:%S]")
        );
        let want = NaiveDate::from_ymd_opt(2024, 7, 9)
            .and_then(|d| d.and_hms_opt(10, 30, 5))
            .unwrap();
        assert_eq!(t.convert("2024-07-09T10:30:05".into(), None).unwrap(), want);
        assert_eq!(t.convert("2024-07-09 10:30:05".into(), None).unwrap(), want);
        assert_eq!(
            t.convert("2024-07-09".into(), None).unwrap(),
            want.date().and_hms_opt(0, 0, 0).unwrap()
        );
        assert_eq!(
            t.convert("2024-02-30".into(), None).unwrap_err().message(),
            "'2024-02-30' does not match the formats '%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S'."
        );
        let mut out = Vec::new();
        want.default_tokens(&mut out);
        assert_eq!(out, ["2024-07-09 10:30:05"]);
    }

    #[test]
    fn dates_take_one_format() {
        let t = NaiveDate::param_type();
        assert_eq!(t.metavar(&info()).as_deref(), Some("[%Y-%m-%d]"));
        assert_eq!(
            t.convert("2024-07-09".into(), None).unwrap(),
            NaiveDate::from_ymd_opt(2024, 7, 9).unwrap()
        );
        assert_eq!(
            t.convert("09.07.2024".into(), None).unwrap_err().message(),
            "'09.07.2024' does not match the format '%Y-%m-%d'."
        );
        let own = DateTime::<NaiveDate>::of_formats(["%d.%m.%Y %H:%M"]);
        assert_eq!(
            own.convert("09.07.2024 23:59".into(), None).unwrap(),
            NaiveDate::from_ymd_opt(2024, 7, 9).unwrap()
        );
        let mut out = Vec::new();
        NaiveDate::from_ymd_opt(5, 1, 2)
            .unwrap()
            .default_tokens(&mut out);
        assert_eq!(out, ["0005-01-02"]);
    }
}
