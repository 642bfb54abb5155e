// Four YAML mistakes in four entries (a tab, an undefined alias, text starting with `[`,
// an unquoted `: `): each is reported with its hint in one build, the entries set aside
// are learned from their lines, and code naming them compiles.
zimerr::zim_errors!("tests/ui/yaml_hints.yaml", code_enum = "RoomCode");

fn main() {
    let all = [
        RoomCode::RoomNotFound,
        RoomCode::RoomFull,
        RoomCode::TokenMissing,
        RoomCode::TokenRejected,
        RoomCode::RoomClosed,
    ];
    println!("{} {}", all.len(), yaml_hints_codes::ROOM_CLOSED);
}
