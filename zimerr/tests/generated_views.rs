//! Every code of both bundled catalogs read through the generated lookups: `all()` and
//! `ALL` (the view of the `[u32; N]` of codes as `[Self; N]`, the expansion's one
//! `unsafe` block), `from_code`, `FromStr` and the text accessors. `.ci/run` also runs
//! this file under Miri, which checks that every value read through the view is a valid
//! variant.

use zimerr::ZimCode;
use zimerr::server::ServerCode;

/// One catalog's lookups, over every code and a few numbers it does not know.
macro_rules! check_catalog {
    ($code:ty, $unknown:expr) => {{
        let all = <$code>::all();
        assert!(!all.is_empty());
        assert_eq!(all, <$code>::ALL);
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
