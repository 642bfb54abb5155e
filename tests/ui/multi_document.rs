// A second YAML document is reported at its `---`; its entries still name stand-ins.
zimerr::zim_errors!("tests/ui/multi_document.yaml", code_enum = "RoomCode");

fn main() {
    let _ = (RoomCode::RoomNotFound, RoomCode::RoomFull);
}
