//! The QR code that hands a simulation to a phone: the link encoded with error correction level M
//! (ISO/IEC 18004), drawn as one SVG path of dark runs inside a four-module quiet zone.

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// Width of the quiet zone, in modules (ISO/IEC 18004 requires four).
pub const QUIET_ZONE: u32 = 4;

/// A QR code ready to draw in a `size × size` viewBox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Modules per side, quiet zone included.
    pub size: u32,
    /// Path data: one rectangle per horizontal run of dark modules.
    pub path: String,
}

/// Why a link cannot become a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// More data than the largest QR code (version 40) holds at level M.
    #[error("the link is too long for a QR code")]
    TooLong,
}

/// The QR code of `text`.
pub fn qr_svg(text: &str) -> Result<QrSvg, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| QrError::TooLong)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] == Color::Dark {
                let start = x;
                while x < row.len() && row[x] == Color::Dark {
                    x += 1;
                }
                let q = QUIET_ZONE as usize;
                let _ = write!(
                    path,
                    "M{} {}h{}v1h-{}z",
                    start + q,
                    y + q,
                    x - start,
                    x - start
                );
            } else {
                x += 1;
            }
        }
    }
    let size = u32::try_from(width).unwrap_or(u32::MAX - 2 * QUIET_ZONE) + 2 * QUIET_ZONE;
    Ok(QrSvg { size, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_is_a_version_1_code() {
        let qr = qr_svg("https://cuota.example/").unwrap();
        assert_eq!(
            qr.size,
            25 + 8,
            "22 bytes at level M need version 2 (25 modules)"
        );
        let small = qr_svg("HELLO").unwrap();
        assert_eq!(small.size, 21 + 8);
        // The three finder patterns start with a run of 7 dark modules on the first row.
        assert!(small.path.starts_with("M4 4h7v1h-7z"), "{}", small.path);
        assert!(small.path.contains("M18 4h7v1h-7z"));
    }

    #[test]
    fn too_much_text_is_an_error_not_a_panic() {
        assert_eq!(qr_svg(&"x".repeat(4000)), Err(QrError::TooLong));
    }
}
