//! The device registry's commands (`veritor device ...` and `veritor-spot device ...` share
//! them): add, list, show, datasheets, probe. Exit 0 when the command did its job; errors are
//! one line for the caller to print (exit 2).

use std::path::PathBuf;

use clap::Subcommand;
use veritor_protocol::device::{datasheets, Device};

use crate::registry::{self, Registry};

#[derive(Subcommand, Debug)]
pub enum DeviceCommand {
    /// Register a descriptor (a file, or a built-in datasheet entry)
    Add {
        /// A descriptor file (veritor-device/1)
        file: Option<PathBuf>,
        /// A datasheet entry instead (see `device datasheets`)
        #[arg(long)]
        datasheet: Option<String>,
        /// Set the link bandwidth to the verifier (bytes/s)
        #[arg(long)]
        link_bandwidth: Option<f64>,
        /// Overwrite a descriptor of the same name
        #[arg(long)]
        replace: bool,
        #[arg(long)]
        store: Option<PathBuf>,
    },
    /// List registered devices
    List {
        #[arg(long)]
        store: Option<PathBuf>,
    },
    /// Print one registered descriptor
    Show {
        name: String,
        #[arg(long)]
        store: Option<PathBuf>,
    },
    /// Print the built-in datasheet descriptors
    Datasheets,
    /// Measure this machine's CPU descriptor (timed copy, loopback transfer)
    Probe {
        /// The descriptor's name
        #[arg(long, default_value = "this-cpu")]
        name: String,
        /// Bytes per timed copy
        #[arg(long, default_value_t = 256 << 20)]
        bytes: usize,
        /// Register it too
        #[arg(long)]
        add: bool,
        #[arg(long)]
        replace: bool,
        #[arg(long)]
        store: Option<PathBuf>,
    },
}

/// The store a command names, or the default one.
pub fn store_dir(store: &Option<PathBuf>) -> PathBuf {
    store
        .clone()
        .unwrap_or_else(veritor_store::Store::default_path)
}

/// Prints a descriptor as JSON; a closed pipe (`| head`) ends the output quietly.
fn print_json(d: &Device) {
    use std::io::Write;
    let text = serde_json::to_string_pretty(d).expect("serialisable");
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}
/// Runs one device command.
pub fn run(command: DeviceCommand) -> Result<u8, String> {
    match command {
        DeviceCommand::Add {
            file,
            datasheet,
            link_bandwidth,
            replace,
            store,
        } => {
            let mut d = match (file, datasheet) {
                (Some(f), None) => registry::read_descriptor(&f)?,
                (None, Some(name)) => datasheets()
                    .into_iter()
                    .find(|d| d.name == name)
                    .ok_or_else(|| {
                        let names: Vec<String> = datasheets().into_iter().map(|d| d.name).collect();
                        format!("no datasheet entry {name:?} (known: {})", names.join(", "))
                    })?,
                _ => return Err("give a descriptor file or --datasheet NAME (one of them)".into()),
            };
            if let Some(b) = link_bandwidth {
                d.link_bandwidth = b;
            }
            let path = Registry::open(&store_dir(&store))?.add(&d, replace)?;
            println!("registered {} ({})", d.name, path.display());
        }
        DeviceCommand::List { store } => {
            for d in Registry::existing(&store_dir(&store))?.list()? {
                println!(
                    "{:<20} {:<7} {:<8} {:>8.1} GB {:>9.1} GB/s  link {:>7.2} GB/s  target {}  digest {}",
                    d.name,
                    d.kind,
                    d.arch,
                    d.memory_bytes as f64 / 1e9,
                    d.memory_bandwidth / 1e9,
                    d.link_bandwidth / 1e9,
                    d.iree_target,
                    &d.digest()[..16]
                );
            }
        }
        DeviceCommand::Show { name, store } => {
            print_json(&Registry::existing(&store_dir(&store))?.get(&name)?)
        }
        DeviceCommand::Datasheets => datasheets().iter().for_each(print_json),
        DeviceCommand::Probe {
            name,
            bytes,
            add,
            replace,
            store,
        } => {
            if !(1 << 20..=4 << 30).contains(&bytes) {
                return Err("--bytes must be between 1 MiB and 4 GiB".into());
            }
            let d = registry::probe(&name, bytes)?;
            print_json(&d);
            if add {
                let path = Registry::open(&store_dir(&store))?.add(&d, replace)?;
                eprintln!("registered {} ({})", d.name, path.display());
            }
        }
    }
    Ok(0)
}
