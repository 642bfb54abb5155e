//! [`Codes`], the iterator over a catalog's codes.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;

use crate::ErrorCode;

/// Every code of a catalog, in catalog order: what [`ErrorCode::all`] and the generated
/// code enum's inherent `all()` return.
///
/// It knows its length ([`ExactSizeIterator`]), runs from both ends
/// ([`DoubleEndedIterator`]), jumps in constant time ([`nth`](Iterator::nth)), stays
/// empty once done ([`FusedIterator`]) and is cheap to [`Clone`]: two indices, no
/// allocation, so it works without `std`. Where a slice is needed,
/// `.collect::<Vec<_>>()` makes one.
///
/// ```
/// use zimerr::ZimCode;
///
/// let all = ZimCode::all();
/// assert_eq!(all.len(), 145);
/// assert_eq!(all.clone().next(), Some(ZimCode::Success));
/// let retryable = all.filter(|code| code.is_retryable()).count();
/// assert!(retryable > 0);
/// ```
///
/// Why not a `&'static [C]`: a static array of N enum values costs rustc time growing with
/// N² to check when it compiles your crate (seconds at 10,000 codes), and viewing an array
/// of numbers as enum values takes `unsafe` code in your crate. Each item comes from a
/// `match` on its index instead, which compiles in time linear in the catalog.
pub struct Codes<C> {
    /// The index of the next code from the front.
    front: usize,
    /// One past the index of the next code from the back.
    back: usize,
    /// `fn() -> C`: the iterator yields `C`s but holds none, so it is `Send`, `Sync` and
    /// `Unpin` whatever `C` is.
    code: PhantomData<fn() -> C>,
}

impl<C> Codes<C> {
    /// The codes at catalog indices `0..len`: what the generated `all()` returns, through
    /// `__private::codes`.
    pub(crate) const fn new(len: usize) -> Self {
        Codes {
            front: 0,
            back: len,
            code: PhantomData,
        }
    }
}

impl<C: ErrorCode> Codes<C> {
    /// The code at index `index`, ending the iteration if the catalog has none there: a
    /// generated catalog has a code at every index below its `all()`'s length, so this
    /// only guards a hand-written `ErrorCode` impl, with no panic.
    fn at(&mut self, index: usize) -> Option<C> {
        let code = C::__at(index);
        if code.is_none() {
            self.front = self.back;
        }
        code
    }
}

impl<C: ErrorCode> Iterator for Codes<C> {
    type Item = C;

    #[inline]
    fn next(&mut self) -> Option<C> {
        if self.front >= self.back {
            return None;
        }
        let index = self.front;
        self.front += 1;
        self.at(index)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back.saturating_sub(self.front);
        (len, Some(len))
    }

    #[inline]
    fn count(self) -> usize {
        self.len()
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<C> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }

    #[inline]
    fn last(mut self) -> Option<C> {
        self.next_back()
    }
}

impl<C: ErrorCode> DoubleEndedIterator for Codes<C> {
    #[inline]
    fn next_back(&mut self) -> Option<C> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        let index = self.back;
        self.at(index)
    }

    #[inline]
    fn nth_back(&mut self, n: usize) -> Option<C> {
        self.back = self.back.saturating_sub(n).max(self.front);
        self.next_back()
    }
}

impl<C: ErrorCode> ExactSizeIterator for Codes<C> {}

impl<C: ErrorCode> FusedIterator for Codes<C> {}

impl<C> Clone for Codes<C> {
    fn clone(&self) -> Self {
        Codes {
            front: self.front,
            back: self.back,
            code: PhantomData,
        }
    }
}

/// The codes still to come, as a list: `Codes([TokenExpired, ServerBusy])`, like the
/// standard library's slice iterators.
impl<C: ErrorCode> fmt::Debug for Codes<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Rest<C>(Codes<C>);
        impl<C: ErrorCode> fmt::Debug for Rest<C> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.clone()).finish()
            }
        }
        f.debug_tuple("Codes").field(&Rest(self.clone())).finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::{ErrorCode, ZimCode};

    #[test]
    fn yields_every_code_in_catalog_order_from_both_ends() {
        let forward: Vec<ZimCode> = ZimCode::all().collect();
        let mut backward: Vec<ZimCode> = ZimCode::all().rev().collect();
        backward.reverse();
        assert_eq!(forward, backward);
        assert_eq!(forward.len(), 145);
        assert_eq!(forward[0], ZimCode::Success);
        // Each code once (tests/generated.rs checks the order against the catalog file).
        let mut numbers: Vec<u32> = forward.iter().map(|c| c.code()).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), forward.len());
    }

    #[test]
    fn len_nth_and_meeting_in_the_middle() {
        let all: Vec<ZimCode> = ZimCode::all().collect();
        let mut codes = ZimCode::all();
        assert_eq!(codes.len(), all.len());
        assert_eq!(codes.nth(10), Some(all[10]));
        assert_eq!(codes.len(), all.len() - 11);
        assert_eq!(codes.nth_back(10), Some(all[all.len() - 11]));
        assert_eq!(codes.len(), all.len() - 22);
        assert_eq!(codes.size_hint(), (all.len() - 22, Some(all.len() - 22)));
        assert_eq!(codes.clone().count(), all.len() - 22);
        assert_eq!(codes.clone().last(), Some(all[all.len() - 12]));
        // Past the end: empty, and stays so from both ends.
        assert_eq!(codes.nth(usize::MAX), None);
        assert_eq!(codes.len(), 0);
        assert_eq!(codes.next(), None);
        assert_eq!(codes.next_back(), None);
        let mut codes = ZimCode::all();
        assert_eq!(codes.nth_back(usize::MAX), None);
        assert_eq!(codes.next(), None);
        // The two ends meet without yielding a code twice.
        let mut codes = ZimCode::all().skip(142);
        assert_eq!(codes.next(), Some(all[142]));
        let mut codes = ZimCode::all();
        let mut seen = 0;
        while let Some(front) = codes.next() {
            seen += 1;
            if let Some(back) = codes.next_back() {
                seen += 1;
                assert_ne!(front, back);
            }
        }
        assert_eq!(seen, all.len());
    }

    #[test]
    fn trait_and_inherent_all_agree() {
        assert!(<ZimCode as ErrorCode>::all().eq(ZimCode::all()));
    }

    #[test]
    fn debug_lists_the_codes_still_to_come() {
        let mut codes = ZimCode::all();
        let _ = codes.nth(142);
        let rest: Vec<ZimCode> = codes.clone().collect();
        assert_eq!(rest.len(), 2);
        assert_eq!(
            format!("{codes:?}"),
            format!("Codes([{:?}, {:?}])", rest[0], rest[1])
        );
    }

    fn assert_traits<T: Send + Sync + Unpin + Clone + core::fmt::Debug + 'static>() {}

    #[test]
    fn is_send_sync_and_static() {
        assert_traits::<super::Codes<ZimCode>>();
    }
}
