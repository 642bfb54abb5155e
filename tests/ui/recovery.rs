// A catalog with three independent mistakes: all three are reported in one build, and
// they are the only errors. The stand-in items keep every entry that could be read, so
// code naming variants (an exhaustive match), a category, a constant and checked literals
// compiles as it would against the fixed catalog.
zimerr::zim_errors!(
    "tests/ui/recovery.yaml",
    code_enum = "ChatCode",
    category_enum = "ChatArea",
    codes_module = "chat_codes",
    code_macro = "chat_code",
);

mod handlers {
    pub fn handle(code: super::ChatCode) -> &'static str {
        match code {
            super::ChatCode::TokenExpired => "renew the token",
            super::ChatCode::KickedOut => "log in again",
            super::ChatCode::RoomNotFound | super::ChatCode::RoomFull => "pick another room",
        }
    }

    pub fn area() -> super::ChatArea {
        super::ChatArea::Room
    }

    pub const FULL: u32 = super::chat_codes::ROOM_FULL;
}

fn main() {
    let kicked = chat_code!(101);
    let _ = handlers::area();
    println!("{} {}", handlers::handle(kicked), handlers::FULL);
}
