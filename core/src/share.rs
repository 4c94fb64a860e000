//! Sharing helpers: the QR code for a link, as an SVG string the page can show large
//! enough to scan from a projected screen. Never touches the clipboard or the DOM.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG QR code of `text` (medium error correction, quiet zone included), or `None`
/// when the text is too long to encode.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(256, 256)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_long_link_and_refuses_an_impossible_one() {
        let svg = qr_svg("http://127.0.0.1:8080/?event=kirov-assassination&cat=army,party&from=1934-06&to=1938-12").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg") && svg.contains("#000000"));
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }
}
