//! The visible time window and its pixel mapping: zoom anchored on a point, pan, and
//! clamping so the view never becomes empty or degenerate (never narrower than three days,
//! or two hours for a timeline with times of day). Times are day values
//! (see `date::day_value`); never touches the DOM.

/// Visible span of time, [start, end) in day values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub start: f64,
    pub end: f64,
}

/// How far the window may go: total bounds and allowed span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub lo: f64,
    pub hi: f64,
    pub min_span: f64,
    pub max_span: f64,
}

/// The factor one step of "zoom in" (the + button and key) multiplies the span by; "zoom
/// out" divides by it.
pub const ZOOM_IN: f64 = 0.8;
/// One step of "zoom out": the inverse of [`ZOOM_IN`].
pub const ZOOM_OUT: f64 = 1.25;

/// Narrowest window: three days across the screen.
pub const MIN_SPAN_DAYS: f64 = 3.0;

/// Narrowest window of a timeline with times of day: two hours across the screen.
pub const MIN_SPAN_TIMED_DAYS: f64 = 2.0 / 24.0;

impl Limits {
    /// Limits for timeline `t`: [`Limits::around`] its extent, and where an event has a
    /// time of day, zoom down to two hours ([`MIN_SPAN_TIMED_DAYS`]) instead of three days.
    pub fn for_timeline(t: &crate::model::Timeline) -> Limits {
        let mut l = Limits::around(t.extent);
        let timed = t
            .events
            .iter()
            .any(|e| e.start.hour.is_some() || e.end.is_some_and(|d| d.hour.is_some()));
        if timed {
            l.min_span = MIN_SPAN_TIMED_DAYS;
        }
        l
    }

    /// Limits for data covering `extent`: a margin of 5% (at least a year) before it, and
    /// of 25% (at least a year) after it, where the last events' labels run on (labels
    /// start at their event and read rightwards), so "Fit all" cuts none of them.
    pub fn around(extent: (f64, f64)) -> Limits {
        let (a, b) = if extent.0.is_finite() && extent.1.is_finite() && extent.1 > extent.0 {
            extent
        } else {
            (0.0, 365.0)
        };
        let margin = |share: f64| ((b - a) * share).max(365.0);
        let (lo, hi) = (a - margin(0.05), b + margin(0.25));
        Limits {
            lo,
            hi,
            min_span: MIN_SPAN_DAYS,
            max_span: hi - lo,
        }
    }
}

impl Window {
    pub fn new(start: f64, end: f64) -> Window {
        Window { start, end }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn centre(&self) -> f64 {
        (self.start + self.end) / 2.0
    }

    /// Pixel x of time `t` on a strip `width` pixels wide.
    pub fn x_of(&self, t: f64, width: f64) -> f64 {
        (t - self.start) / self.span() * width
    }

    /// Time under pixel `x` on a strip `width` pixels wide.
    pub fn t_of(&self, x: f64, width: f64) -> f64 {
        self.start + x / width.max(1.0) * self.span()
    }

    /// Brings any window (even NaN or inverted) inside the limits, keeping its centre
    /// where possible.
    pub fn clamp(self, l: &Limits) -> Window {
        let mut span = self.span();
        if !span.is_finite() || span <= 0.0 {
            span = l.max_span;
        }
        let span = span.clamp(l.min_span, l.max_span);
        let mut centre = self.centre();
        if !centre.is_finite() {
            centre = (l.lo + l.hi) / 2.0;
        }
        let mut start = centre - span / 2.0;
        if start < l.lo {
            start = l.lo;
        }
        if start + span > l.hi {
            start = l.hi - span;
        }
        Window {
            start,
            end: start + span,
        }
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` (0..1 across the
    /// strip) under the same pixel, then clamps.
    pub fn zoom(self, factor: f64, anchor: f64, l: &Limits) -> Window {
        let anchor = if anchor.is_finite() {
            anchor.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let t = self.start + anchor * self.span();
        let span = (self.span() * factor).clamp(l.min_span, l.max_span);
        let start = t - anchor * span;
        let w = Window {
            start,
            end: start + span,
        };
        // Shift back inside the bounds without changing the span.
        w.clamp(l)
    }

    /// Moves the window by `dt` days, then clamps.
    pub fn pan(self, dt: f64, l: &Limits) -> Window {
        let dt = if dt.is_finite() { dt } else { 0.0 };
        Window {
            start: self.start + dt,
            end: self.end + dt,
        }
        .clamp(l)
    }

    /// The smallest window showing [t0, t1) with a margin on each side.
    pub fn fit(t0: f64, t1: f64, l: &Limits) -> Window {
        let span = (t1 - t0).max(l.min_span);
        let pad = span * 0.08;
        Window {
            start: t0 - pad,
            end: t0 + span + pad,
        }
        .clamp(l)
    }
}

impl Window {
    /// Moves the start edge to `t` keeping the end (brush edge drag); never narrower
    /// than the minimum span.
    pub fn with_start(self, t: f64, l: &Limits) -> Window {
        let start = t.max(l.lo).min(self.end - l.min_span);
        Window {
            start,
            end: self.end,
        }
        .clamp(l)
    }

    /// Moves the end edge to `t` keeping the start.
    pub fn with_end(self, t: f64, l: &Limits) -> Window {
        let end = t.min(l.hi).max(self.start + l.min_span);
        Window {
            start: self.start,
            end,
        }
        .clamp(l)
    }
}

/// Counts of events starting in each of `bins` equal slices of [lo, hi).
pub fn density(starts: impl Iterator<Item = f64>, lo: f64, hi: f64, bins: usize) -> Vec<u32> {
    let mut out = vec![0u32; bins];
    if bins == 0 || hi <= lo {
        return out;
    }
    let k = bins as f64 / (hi - lo);
    for t in starts {
        if t >= lo && t < hi {
            out[(((t - lo) * k) as usize).min(bins - 1)] += 1;
        }
    }
    out
}

/// Appends `x` as CSS pixels rounded to a tenth ("-12.3px"). Integer formatting: Rust's
/// exact float formatting is slow in wasm, and positions are written for every element
/// on the strip on every frame.
pub fn push_px(out: &mut String, x: f64) {
    use std::fmt::Write;
    let tenths = (x * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let t = tenths.unsigned_abs();
    let _ = write!(out, "{}.{}px", t / 10, t % 10);
}

/// `x` rounded to `places` decimals (at most 6), written with integer arithmetic like
/// [`push_px`]: "-12.50" for (-12.5, 2). Non-finite values are written as 0.
pub fn push_decimal(out: &mut String, x: f64, places: u32) {
    use std::fmt::Write;
    let scale = 10u64.pow(places.min(6));
    let x = if x.is_finite() { x } else { 0.0 };
    let n = (x * scale as f64).round() as i64;
    if n < 0 {
        out.push('-');
    }
    let n = n.unsigned_abs();
    let _ = write!(out, "{}", n / scale);
    if places > 0 {
        let frac = (n % scale).to_string();
        out.push('.');
        for _ in frac.len()..places.min(6) as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
}

/// `x` rounded to `places` decimals (see [`push_decimal`]).
pub fn decimal(x: f64, places: u32) -> String {
    let mut out = String::with_capacity(16);
    push_decimal(&mut out, x, places);
    out
}

/// `x` as CSS pixels rounded to a tenth (see [`push_px`]).
pub fn px(x: f64) -> String {
    let mut out = String::with_capacity(12);
    push_px(&mut out, x);
    out
}

#[cfg(test)]
mod tests;
