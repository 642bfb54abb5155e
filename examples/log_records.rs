//! An error's record in logs: the same flat record (`zimerr::ErrorRecord`, the keys of
//! `zimerr explain --json` plus the message) through `tracing` and through `log`.
//!
//! Run with `cargo run --example log_records`.

use zimerr::ZimError;
use zimerr::server::ServerError;

/// A `log` backend that prints each line; a real application installs its own
/// (`env_logger`, a JSON logger...). Only here so the example prints something.
struct PrintLogger;

impl log::Log for PrintLogger {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        println!("log     {} {}", record.level(), record.args());
    }

    fn flush(&self) {}
}

static LOGGER: PrintLogger = PrintLogger;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_ansi(false)
        .without_time()
        .init();
    log::set_logger(&LOGGER).map_err(|e| e.to_string())?;
    log::set_max_level(log::LevelFilter::Info);

    let server = ServerError::new(100000004, "signature expired");
    let client = ZimError::from(6000106);

    for record in [server.record(), client.record()] {
        // One JSON object per error, with every key whatever the error holds, so a log
        // pipeline that types fields on first sight accepts every later line too.
        let json = serde_json::to_string(&record)?;
        // tracing: the fields a dashboard groups by, and the whole record.
        tracing::warn!(
            code = record.code,
            name = record.name,
            action = record.action.map(zimerr::Action::key),
            retryable = record.retryable,
            record = %json,
            "zim error"
        );
        // log: the record as the line.
        log::warn!("zim error {json}");
    }

    let line = serde_json::to_value(server.record())?;
    assert_eq!(line["name"], "SignatureExpired");
    assert_eq!(line["category"], "api_gateway");
    assert_eq!(line["action"], "sign_again");
    assert_eq!(line["retryable"], true);
    assert_eq!(line["message"], "signature expired");
    assert_eq!(
        serde_json::to_value(client.record())?["message"],
        serde_json::Value::Null
    );
    Ok(())
}
