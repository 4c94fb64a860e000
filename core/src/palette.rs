//! Category colours that stay visible in every theme: a dataset gives one colour per
//! category (the shipped one uses Paul Tol's colour-blind-safe palette); each theme gets a
//! variant lightened or darkened just enough to reach 3:1 against that theme's
//! backgrounds (WCAG 1.4.11, graphical objects), keeping its hue. Also the ink for text
//! written on a category colour. Pure arithmetic on "#rrggbb" strings; never touches CSS.

/// The themes' background colours, as in public/style.css (`--bg`, `--surface`): a
/// category colour must stand out against each of them.
pub const LIGHT: [&str; 2] = ["#faf8f3", "#ffffff"];
pub const DARK: [&str; 2] = ["#14161b", "#1d2027"];
pub const CONTRAST: [&str; 2] = ["#000000", "#000000"];

/// The contrast graphics need against their background (WCAG 1.4.11), with a little to
/// spare for the faint tint of era bands behind the events.
pub const MIN_GRAPHIC: f64 = 3.2;

/// Parses "#rrggbb".
pub fn rgb(hex: &str) -> Option<[u8; 3]> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let c = |k: usize| u8::from_str_radix(&h[k..k + 2], 16).ok();
    Some([c(0)?, c(2)?, c(4)?])
}

fn hex(c: [u8; 3]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::from("#");
    for v in c {
        s.push(D[(v >> 4) as usize] as char);
        s.push(D[(v & 15) as usize] as char);
    }
    s
}

/// Relative luminance (WCAG 2).
pub fn luminance(c: [u8; 3]) -> f64 {
    let ch = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
}

/// Contrast ratio between two colours, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn mix(c: [u8; 3], towards: [u8; 3], t: f64) -> [u8; 3] {
    let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
    [
        m(c[0], towards[0]),
        m(c[1], towards[1]),
        m(c[2], towards[2]),
    ]
}

/// `colour` as it should be drawn on `backgrounds`: unchanged if it already reaches `min`
/// against all of them, else mixed towards white (dark backgrounds) or black (light
/// ones) by the smallest step that does. Unparseable input comes back as given.
pub fn for_backgrounds(colour: &str, backgrounds: &[&str], min: f64) -> String {
    let (Some(c), Some(bgs)) = (
        rgb(colour),
        backgrounds
            .iter()
            .map(|b| rgb(b))
            .collect::<Option<Vec<_>>>(),
    ) else {
        return colour.to_string();
    };
    let worst = |c: [u8; 3]| {
        bgs.iter()
            .map(|&b| contrast(c, b))
            .fold(f64::INFINITY, f64::min)
    };
    let dark = bgs.iter().map(|&b| luminance(b)).sum::<f64>() / (bgs.len().max(1) as f64) < 0.2;
    let target = if dark { [255; 3] } else { [0; 3] };
    (0..=50)
        .map(|k| mix(c, target, k as f64 / 50.0))
        .find(|&m| worst(m) >= min)
        .map_or_else(|| hex(target), hex)
}

/// White or near-black, whichever reads better on `colour` (for text on a category chip).
pub fn ink_on(colour: &str) -> &'static str {
    let Some(c) = rgb(colour) else {
        return "#ffffff";
    };
    if contrast(c, [255; 3]) >= contrast(c, [0x1d, 0x1f, 0x24]) {
        "#ffffff"
    } else {
        "#1d1f24"
    }
}

/// A pressed category toggle: its background (the category colour as drawn on
/// `backgrounds`, darkened or lightened further where text needs it) and the text colour
/// on it, at least 4.5:1 apart (WCAG 1.4.3).
pub fn chip(colour: &str, backgrounds: &[&str]) -> (String, &'static str) {
    let bg = for_backgrounds(colour, backgrounds, MIN_GRAPHIC);
    let ink = ink_on(&bg);
    (for_backgrounds(&bg, &[ink], 4.5), ink)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast([0; 3], [255; 3]) - 21.0).abs() < 1e-9);
        assert!((contrast([0x77; 3], [255; 3]) - 4.48).abs() < 0.01);
    }

    #[test]
    fn colours_reach_the_minimum_and_move_no_further() {
        for theme in [&LIGHT[..], &DARK[..], &CONTRAST[..]] {
            for c in [
                "#882255", "#117733", "#332288", "#AA4499", "#997700", "#44AA99", "#CC6677",
                "#3377BB", "#777777", "#ffffff", "#000000",
            ] {
                let out = for_backgrounds(c, theme, MIN_GRAPHIC);
                let o = rgb(&out).unwrap();
                for b in theme {
                    assert!(
                        contrast(o, rgb(b).unwrap()) >= MIN_GRAPHIC,
                        "{c} -> {out} on {b}"
                    );
                }
                // A colour that already stands out is left alone.
                let already = theme
                    .iter()
                    .all(|b| contrast(rgb(c).unwrap(), rgb(b).unwrap()) >= MIN_GRAPHIC);
                if already {
                    assert_eq!(out, hex(rgb(c).unwrap()), "{c} changed needlessly");
                }
            }
        }
        assert_eq!(for_backgrounds("red", &LIGHT, 3.0), "red");
    }

    #[test]
    fn text_on_a_pressed_toggle_is_readable() {
        for theme in [&LIGHT[..], &DARK[..], &CONTRAST[..]] {
            for c in [
                "#882255", "#117733", "#332288", "#AA4499", "#997700", "#44AA99", "#CC6677",
                "#3377BB", "#777777", "#ffff00",
            ] {
                let (bg, ink) = chip(c, theme);
                let ratio = contrast(rgb(ink).unwrap(), rgb(&bg).unwrap());
                assert!(ratio >= 4.5, "{ink} on {bg} ({c}): {ratio:.2}");
            }
        }
    }
}
