//! The screen sizes the first view is pre-rendered for: the widths where phones, tablets
//! and laptops are found, each with the strip's height at a reference screen of that
//! width (measured in Chromium and checked by tests/e2e/first-view.test.mjs, which
//! fails with the new figures when the page's frame changes). A screen between two
//! widths is drawn with the narrower one: labels keep their place in proportion (their
//! positions are in `cqw`) and have more room; a taller screen shows empty lanes until
//! the app fills them, a shorter one hides the lanes that do not fit. Nothing here
//! measures.

/// One width class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Class {
    /// The narrowest viewport of the class, px (CSS px).
    pub width: f64,
    /// The reference viewport's height, px (for the record; the strip's is what counts).
    pub viewport_h: f64,
    /// The strip's height on the reference viewport, px.
    pub strip_h: f64,
}

/// Widths where the page is a phone (the event panel is a sheet over everything).
pub const PHONE_MAX: f64 = 760.0;

/// The event panel's width beside the strip on a wider screen (`minmax(320px, 34%)` in
/// `main.stage.with-panel`).
pub fn panel_width(viewport: f64) -> f64 {
    (viewport * 0.34).max(320.0)
}

/// Narrowest first. The heights were read off the release build (strip height under the
/// header, the filters and the overview) at each reference viewport.
pub const CLASSES: [Class; 9] = [
    Class {
        width: 360.0,
        viewport_h: 740.0,
        strip_h: 524.0,
    },
    Class {
        width: 390.0,
        viewport_h: 844.0,
        strip_h: 628.0,
    },
    Class {
        width: 412.0,
        viewport_h: 823.0,
        strip_h: 653.4,
    },
    Class {
        width: 768.0,
        viewport_h: 1024.0,
        strip_h: 607.6,
    },
    Class {
        width: 1024.0,
        viewport_h: 768.0,
        strip_h: 435.2,
    },
    Class {
        width: 1280.0,
        viewport_h: 720.0,
        strip_h: 476.8,
    },
    Class {
        width: 1366.0,
        viewport_h: 768.0,
        strip_h: 524.8,
    },
    Class {
        width: 1440.0,
        viewport_h: 900.0,
        strip_h: 656.8,
    },
    Class {
        width: 1920.0,
        viewport_h: 1080.0,
        strip_h: 872.5,
    },
];

/// The media query that picks class `k` (viewports from its width up to the next one's).
pub fn media(k: usize) -> String {
    let min = if k == 0 {
        String::new()
    } else {
        format!("(min-width: {}px)", CLASSES[k].width)
    };
    let max = CLASSES
        .get(k + 1)
        .map(|next| format!("(max-width: {}px)", next.width - 0.02));
    match (min.is_empty(), max) {
        (true, Some(max)) => max,
        (false, Some(max)) => format!("{min} and {max}"),
        (_, None) => min,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_every_width_once() {
        assert!(CLASSES.windows(2).all(|w| w[0].width < w[1].width));
        assert_eq!(media(0), "(max-width: 389.98px)");
        assert_eq!(media(1), "(min-width: 390px) and (max-width: 411.98px)");
        assert_eq!(media(8), "(min-width: 1920px)");
        assert!((panel_width(1280.0) - 435.2).abs() < 1e-9);
        assert_eq!(panel_width(768.0), 320.0);
    }
}
