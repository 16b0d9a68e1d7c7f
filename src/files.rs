//! Reading a file with every guard, and writing one back atomically.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::FileError;
use crate::report::Input;

/// The text of a file's bytes: UTF-16, binary (a NUL byte) and invalid UTF-8 are refused.
pub fn decode(bytes: Vec<u8>) -> Result<String, FileError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(FileError::Utf16);
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(FileError::Binary { offset });
    }
    String::from_utf8(bytes).map_err(|e| FileError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Read an input within the size limit. A file's type and size are checked before it is
/// opened, so that a FIFO never blocks the run and an oversized file is never read.
pub fn read_input(input: &Input, max: u64) -> Result<Vec<u8>, FileError> {
    match input {
        Input::Broken { error, .. } => Err(error.clone()),
        Input::Stdin { .. } => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(max + 1)
                .read_to_end(&mut buf)
                .map_err(|e| FileError::Stdin(e.to_string()))?;
            check_stdin_size(&buf, max)?;
            Ok(buf)
        }
        Input::File { path, .. } => read_file(path, max),
    }
}

/// Standard input read ahead of the run, checked against the size limit.
pub fn check_stdin_size(bytes: &[u8], max: u64) -> Result<(), FileError> {
    if bytes.len() as u64 > max {
        return Err(FileError::StdinTooLarge { limit: max });
    }
    Ok(())
}

/// Read a regular file within the size limit.
pub fn read_file(path: &Path, max: u64) -> Result<Vec<u8>, FileError> {
    let meta = std::fs::metadata(path).map_err(|e| path_error(path, &e))?;
    if meta.is_dir() {
        return Err(FileError::Directory);
    }
    if !meta.is_file() {
        return Err(FileError::NotRegularFile);
    }
    if meta.len() > max {
        return Err(FileError::TooLarge {
            size: meta.len(),
            limit: max,
        });
    }
    let mut f = std::fs::File::open(path)?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    Read::by_ref(&mut f).take(max + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(FileError::GrewTooLarge { limit: max });
    }
    Ok(buf)
}

/// Why a named path cannot be read; a symbolic link whose target is missing is said so.
fn path_error(path: &Path, e: &std::io::Error) -> FileError {
    if e.kind() == std::io::ErrorKind::NotFound
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
    {
        return FileError::DanglingSymlink;
    }
    FileError::from(e)
}

/// Write `contents` to `path` atomically: a temporary file in the same folder, the
/// original permissions, then a rename over the original. A symbolic link is followed:
/// its target is rewritten and the link stays a link.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), FileError> {
    let resolved;
    let path = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        resolved = std::fs::canonicalize(path).map_err(|e| path_error(path, &e))?;
        resolved.as_path()
    } else {
        path
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let perms = std::fs::metadata(path)?.permissions();
    if perms.readonly() {
        return Err(FileError::ReadOnly);
    }
    let boxed = |e: std::io::Error| Box::new(FileError::from(e));
    let mut tmp = tempfile::Builder::new()
        .prefix(".mtlint-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| FileError::TempFile {
            dir: dir.clone(),
            source: boxed(e),
        })?;
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| FileError::Write(boxed(e)))?;
    std::fs::set_permissions(tmp.path(), perms).map_err(|e| FileError::Permissions(boxed(e)))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(meta) = std::fs::metadata(path) {
            // Keep the owner where we may (root); ignore failure otherwise.
            let _ = std::os::unix::fs::chown(tmp.path(), Some(meta.uid()), Some(meta.gid()));
        }
    }
    tmp.persist(path)
        .map_err(|e| FileError::Replace(boxed(e.error)))?;
    Ok(())
}
