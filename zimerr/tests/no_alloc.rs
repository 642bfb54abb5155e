//! Lookups and `Display` into a preallocated buffer do not allocate: a counting global
//! allocator proves it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use zimerr::{ZimCategory, ZimCode, ZimError};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    f();
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

// A single test in this binary: no other test thread allocates while we count.
#[test]
fn lookups_and_display_do_not_allocate() {
    let mut buffer = String::with_capacity(4096);
    let errors: Vec<ZimError> = [0, 6000106, 6000105, 42, 6000523]
        .into_iter()
        .map(ZimError::from)
        .collect();
    let with_message = ZimError::new(6000106, "token expired");
    let mut sink = 0usize;
    let count = allocations_during(|| {
        for n in (5_999_000..6_001_000).chain(0..10) {
            if let Some(code) = ZimCode::from_code(n) {
                sink += code.name().len() + code.description().len();
                sink += code.solution().map_or(0, str::len) + code.category().title().len();
                sink += usize::from(code.is_retryable()) + code.action().key().len();
            }
            sink += ZimCategory::of_code(n).map_or(0, |c| c.key().len());
            sink += usize::from(zimerr::check(n).is_ok());
        }
        for err in errors.iter().chain([&with_message]) {
            buffer.clear();
            write!(buffer, "{err}").unwrap();
            sink += buffer.len();
            buffer.clear();
            write!(buffer, "{}", err.kind().map_or(0, ZimCode::code)).unwrap();
        }
        sink += "TokenExpired".parse::<ZimCode>().map_or(0, ZimCode::code) as usize;
    });
    assert!(sink > 0);
    assert_eq!(count, 0, "lookups or Display allocated");
    // The counter works: a real allocation is seen.
    assert!(allocations_during(|| drop(std::hint::black_box(vec![1u8; 64]))) >= 1);
}
