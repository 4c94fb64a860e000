//! Unit tests of `sheet`: times and quotes as TimelineJS reads them.

use super::rows::parse_time;
use super::*;

#[test]
fn times_read_as_timelinejs_reads_them() {
    for (t, want) in [
        ("14:30", Ok((14, Some(30), false))),
        ("2:30 PM", Ok((14, Some(30), false))),
        ("12:05 am", Ok((0, Some(5), false))),
        ("12 PM", Ok((12, None, false))),
        ("1430", Ok((14, Some(30), false))),
        ("9.15", Ok((9, Some(15), false))),
        ("14:30:15", Ok((14, Some(30), true))),
        ("14:30:00", Ok((14, Some(30), false))),
    ] {
        assert_eq!(parse_time(t), want, "{t}");
    }
    for (t, needle) in [
        ("25:00", "hour 25"),
        ("10:75", "minute 75"),
        ("noon", "not a time"),
    ] {
        let e = parse_time(t).expect_err(t);
        assert!(e.contains(needle), "{t}: {e}");
    }
}

#[test]
fn only_a_quote_at_a_field_start_opens_one() {
    assert_eq!(unclosed_quote("a,b\nx,12\" ruler\ny,2\n"), None);
    assert_eq!(unclosed_quote("a,b\nx,\"12\"\" ruler\"\ny,2\n"), None);
    assert_eq!(unclosed_quote("a,b\r\nx,\"open\r\ny,2\n"), Some((2, 3)));
}
