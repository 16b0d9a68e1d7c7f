//! Why a file could not be checked or written, and why settings could not be resolved.
//!
//! Each problem is a variant, so callers decide on the kind (a binary file found by
//! walking is skipped, not failed) and the message is written in one place. The messages
//! are what users see after "error: PATH: ".

use std::path::PathBuf;

use crate::config::ConfigError;

/// Settings that could not be resolved: a configuration file, or a command-line option.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// A configuration file that cannot be read or parsed.
    #[error(transparent)]
    File(#[from] ConfigError),
    /// A command-line option (`--select`, `--source-lang`, ...) that cannot be used.
    #[error("{0}")]
    Option(String),
}

/// A file that cannot be read, linted or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("no such file or directory")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    #[error("is a symbolic link loop")]
    SymlinkLoop,
    #[error("is a dangling symbolic link (its target does not exist)")]
    DanglingSymlink,
    /// A symbolic link loop met while walking a folder.
    #[error("is a symbolic link loop; skipped")]
    WalkLoop,
    /// Another problem met while walking a folder.
    #[error("{0}")]
    Walk(String),
    #[error("is a directory")]
    Directory,
    /// A FIFO, socket or device: never opened, so that reading cannot block.
    #[error("is not a regular file (a FIFO, socket or device); skipped")]
    NotRegularFile,
    /// Over the size limit before reading.
    #[error(
        "is {size} bytes, over the size limit of {limit} bytes (raise max-file-size in mtlint.toml or --max-file-size)"
    )]
    TooLarge { size: u64, limit: u64 },
    /// Grew over the size limit while being read.
    #[error("is over the size limit of {limit} bytes")]
    GrewTooLarge { limit: u64 },
    /// Standard input over the size limit.
    #[error("is larger than the size limit ({limit} bytes)")]
    StdinTooLarge { limit: u64 },
    #[error("cannot read standard input: {0}")]
    Stdin(String),
    #[error("looks binary (NUL byte at offset {offset}); mtlint reads UTF-8 text")]
    Binary { offset: usize },
    #[error("is UTF-16 (byte order mark found); mtlint reads UTF-8: convert the file first")]
    Utf16,
    #[error("is not valid UTF-8 (invalid byte at offset {offset})")]
    InvalidUtf8 { offset: usize },
    #[error("is read-only; not changed")]
    ReadOnly,
    /// Another I/O error, as the system words it (lowercased, without the error number).
    #[error("{0}")]
    Io(String),
    #[error("cannot create a temporary file in {}: {source}", dir.display())]
    TempFile {
        dir: PathBuf,
        source: Box<FileError>,
    },
    #[error("cannot write: {0}")]
    Write(Box<FileError>),
    #[error("cannot set permissions: {0}")]
    Permissions(Box<FileError>),
    #[error("cannot replace the file: {0}")]
    Replace(Box<FileError>),
    #[error("configuration error: {0}")]
    Config(#[from] SettingsError),
    /// A bug in mtlint, met on this file.
    #[error("internal error: mtlint failed on this file (please report it)")]
    Internal,
}

impl FileError {
    /// Is the file binary (skipped, not failed, when found by walking)?
    pub fn is_binary(&self) -> bool {
        matches!(self, FileError::Binary { .. })
    }
}

/// `ELOOP`: too many levels of symbolic links (`io::ErrorKind::FilesystemLoop` is not
/// stable yet).
#[cfg(any(target_os = "linux", target_os = "android"))]
const ELOOP: Option<i32> = Some(40);
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
))]
const ELOOP: Option<i32> = Some(62);
#[cfg(not(any(
    target_os = "linux",
    target_os = "android",
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
)))]
const ELOOP: Option<i32> = None;

impl From<&std::io::Error> for FileError {
    fn from(e: &std::io::Error) -> FileError {
        match e.kind() {
            std::io::ErrorKind::NotFound => FileError::NotFound,
            std::io::ErrorKind::PermissionDenied => FileError::PermissionDenied,
            _ if ELOOP.is_some() && e.raw_os_error() == ELOOP => FileError::SymlinkLoop,
            _ => {
                let s = e.to_string();
                // Drop the "(os error N)" tail; lowercase like the other messages.
                let s = match s.find(" (os error") {
                    Some(i) => &s[..i],
                    None => &s,
                };
                let mut c = s.chars();
                FileError::Io(match c.next() {
                    Some(first) => first.to_lowercase().chain(c).collect(),
                    None => String::new(),
                })
            }
        }
    }
}

impl From<std::io::Error> for FileError {
    fn from(e: std::io::Error) -> FileError {
        FileError::from(&e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_problem() {
        assert_eq!(
            FileError::Binary { offset: 3 }.to_string(),
            "looks binary (NUL byte at offset 3); mtlint reads UTF-8 text"
        );
        assert_eq!(
            FileError::Write(Box::new(FileError::PermissionDenied)).to_string(),
            "cannot write: permission denied"
        );
        let config = SettingsError::Option("unknown rule `x`".into());
        assert_eq!(
            FileError::from(config).to_string(),
            "configuration error: unknown rule `x`"
        );
        let io = std::io::Error::from_raw_os_error(28);
        assert_eq!(FileError::from(io).to_string(), "no space left on device");
        assert!(FileError::Binary { offset: 0 }.is_binary());
        assert!(!FileError::Utf16.is_binary());
    }
}
