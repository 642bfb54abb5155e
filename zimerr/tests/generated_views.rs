//! Every code of both bundled catalogs read through the generated lookups: `all()` (the
//! index-to-variant `match`, in chunks of 256 arms for larger catalogs), `from_code`,
//! `FromStr` and the text accessors.

use zimerr::ZimCode;
use zimerr::server::ServerCode;

/// One catalog's lookups, over every code and a few numbers it does not know.
macro_rules! check_catalog {
    ($code:ty, $unknown:expr) => {{
        let all: Vec<$code> = <$code>::all().collect();
        assert!(!all.is_empty());
        assert_eq!(all.len(), <$code>::all().len());
        assert!(<$code as zimerr::ErrorCode>::all().eq(all.iter().copied()));
        for (index, &code) in all.iter().enumerate() {
            let number = code.code();
            assert_eq!(<$code>::from_code(number), Some(code), "{number}");
            assert_eq!(code.name().parse::<$code>(), Ok(code));
            assert_eq!(number.to_string().parse::<$code>(), Ok(code));
            assert!(!code.description().is_empty());
            // Catalog order, and the position of each variant in it.
            assert_eq!(all.iter().position(|c| *c == code), Some(index));
            let _ = (
                code.solution(),
                code.category(),
                code.action(),
                code.sdk_name(),
            );
        }
        for number in $unknown {
            assert_eq!(<$code>::from_code(number), None, "{number}");
        }
    }};
}

#[test]
fn client_catalog() {
    check_catalog!(ZimCode, [2, 6000105, 6999999, u32::MAX]);
}

#[test]
fn server_catalog() {
    check_catalog!(ServerCode, [6000106, 999, u32::MAX]);
}
