// Values of the wrong type, as people write them: a leading zero, a quoted number, a
// YAML 1.1 boolean, a float, a quoted boolean. Each is reported with the fix in one build.
zimerr::zim_errors!("tests/ui/type_hints.yaml", code_enum = "RoomCode");

fn main() {
    let _ = (RoomCode::RoomNotFound, RoomCode::RoomFull, RoomCode::RoomClosed);
}
