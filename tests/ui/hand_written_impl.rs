// `ErrorCode` is implemented only by `zim_errors!`: a hand-written impl (here one that copies
// every documented item) fails on the hidden methods. Not a seal: rustc's help names the
// hidden type, which any crate can write; such an impl has no stability promise.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
struct MyCode;

impl core::fmt::Display for MyCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("mine")
    }
}

impl zimerr::ErrorCode for MyCode {
    type Category = zimerr::ZimCategory;
    const PREFIX: &'static str = "mine";
    fn all() -> zimerr::Codes<Self> { unimplemented!() }
    fn code(self) -> u32 { 1 }
    fn from_code(_: u32) -> Option<Self> { None }
    fn name(self) -> &'static str { "MyCode" }
    fn description(self) -> &'static str { "mine" }
    fn solution(self) -> Option<&'static str> { None }
    fn category(self) -> zimerr::ZimCategory { zimerr::ZimCategory::General }
    fn action(self) -> zimerr::Action { zimerr::Action::Nothing }
    fn is_retryable(self) -> bool { false }
    fn is_success(self) -> bool { false }
    fn sdk_name(self) -> Option<&'static str> { None }
    fn errata(self) -> Option<&'static str> { None }
    fn cause(self) -> Option<&'static str> { None }
    fn since(self) -> Option<&'static str> { None }
    fn deprecation(self) -> Option<&'static str> { None }
    fn description_zh(self) -> Option<&'static str> { None }
    fn solution_zh(self) -> Option<&'static str> { None }
}

fn main() {}
