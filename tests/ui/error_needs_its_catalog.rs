// `Error<C>` has no default catalog: a bare number does not say which table it belongs
// to (`1` is a generic failure in the client SDK's and "server busy" in the server
// API's), so `zimerr::Error::new` asks for one. The aliases name it:
// `zimerr::ZimError::new(6000106, "x")`, `zimerr::server::ServerError::new(1, "x")`.
fn main() {
    let err = zimerr::Error::new(6000106, "x");
    println!("{}", err.code());
}
