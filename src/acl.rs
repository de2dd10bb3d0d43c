//! Windows: who owns a file or folder, and whether anyone else may write to it, read from its
//! security descriptor (owner SID and DACL) as the Unix code reads the owner uid and mode bits.
//! The one module with unsafe code (raw Win32 calls through windows-sys): each call's buffers
//! are owned here and freed before returning.
//!
//! A file is the user's own when its owner is the user, or the owner the process's token gives
//! new files: an elevated administrator's token names the Administrators group, so that what
//! it creates is owned by the group, not the user (Microsoft's TOKEN_OWNER documentation; the
//! default on Windows Server, as on GitHub's Windows runners).
//!
//! "Others" are every principal but the current user and those that hold full control of every
//! profile folder anyway: SYSTEM (which Wine also adds to every file), the Administrators group
//! and TrustedInstaller. Only the ACEs that apply to the object itself count (not inherit-only
//! ones, which only shape what is created inside a folder).
#![allow(unsafe_code, reason = "Win32 security calls; see the module comment")]

use std::fs::File;
use std::io;
use std::os::windows::io::AsRawHandle as _;

use windows_sys::Win32::Foundation::{CloseHandle, ERROR_SUCCESS, HANDLE, LocalFree};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, GetSecurityInfo, SE_FILE_OBJECT,
};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACE_HEADER, ACL, ACL_SIZE_INFORMATION, AclSizeInformation,
    DACL_SECURITY_INFORMATION, EqualSid, GetAce, GetAclInformation, GetTokenInformation,
    INHERIT_ONLY_ACE, IsWellKnownSid, OWNER_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, PSID,
    TOKEN_INFORMATION_CLASS, TOKEN_OWNER, TOKEN_QUERY, TOKEN_USER, TokenOwner, TokenUser,
    WinBuiltinAdministratorsSid, WinLocalSystemSid,
};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

/// TrustedInstaller's service SID, which owns and fully controls system files.
const TRUSTED_INSTALLER: &str = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";

/// `ACCESS_ALLOWED_ACE_TYPE`.
const ACCESS_ALLOWED: u8 = 0;

/// The rights that let a principal change a file or what a folder holds: write data or append
/// (add a file or subfolder), extended attributes and attributes, delete a child, delete,
/// change the DACL or the owner, and the generic write and all.
const WRITE_RIGHTS: u32 = 0x0002
    | 0x0004
    | 0x0010
    | 0x0100
    | 0x0040
    | 0x0001_0000
    | 0x0004_0000
    | 0x0008_0000
    | 0x4000_0000
    | 0x1000_0000;

/// The rights that let a principal read a file's contents: read data, and the generic read
/// and all.
const READ_RIGHTS: u32 = 0x0001 | 0x8000_0000 | 0x1000_0000;

/// What a file's security descriptor says.
pub struct Access {
    /// The current user owns it (or the owner the user's new files get).
    pub mine: bool,
    /// A principal other than those trusted above may write to it.
    pub others_write: bool,
    /// A principal other than those trusted above may read it.
    pub others_read: bool,
}

/// Who owns `file`, and who else may write or read it.
pub fn access(file: &File) -> io::Result<Access> {
    let me = CurrentUser::get()?;
    let mut owner_sid: PSID = std::ptr::null_mut();
    let mut dacl: *mut ACL = std::ptr::null_mut();
    let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
    // SAFETY: the handle is open for the call's duration; the out pointers point into
    // `descriptor`, which is freed below and not used after.
    let status = unsafe {
        GetSecurityInfo(
            file.as_raw_handle() as HANDLE,
            SE_FILE_OBJECT,
            OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
            &raw mut owner_sid,
            std::ptr::null_mut(),
            &raw mut dacl,
            std::ptr::null_mut(),
            &raw mut descriptor,
        )
    };
    if status != ERROR_SUCCESS {
        return Err(io::Error::from_raw_os_error(status.cast_signed()));
    }
    // SAFETY: `owner_sid` points into `descriptor`, and `me`'s SIDs are valid.
    let mine = !owner_sid.is_null()
        && unsafe {
            EqualSid(owner_sid, me.sid()) != 0 || EqualSid(owner_sid, me.default_owner()) != 0
        };
    let others_write = granted_to_others(dacl, &me, WRITE_RIGHTS);
    let others_read = granted_to_others(dacl, &me, READ_RIGHTS);
    // SAFETY: allocated by GetSecurityInfo with LocalAlloc; freed once.
    unsafe { LocalFree(descriptor) };
    Ok(Access {
        mine,
        others_write: others_write?,
        others_read: others_read?,
    })
}

/// Whether `dacl` allows any of `rights` to anyone but `me` and the trusted principals. No DACL
/// at all means everyone may do everything.
fn granted_to_others(dacl: *mut ACL, me: &CurrentUser, rights: u32) -> io::Result<bool> {
    if dacl.is_null() {
        return Ok(true);
    }
    let mut size = ACL_SIZE_INFORMATION {
        AceCount: 0,
        AclBytesInUse: 0,
        AclBytesFree: 0,
    };
    // SAFETY: `dacl` is a valid ACL from GetSecurityInfo; `size` is the struct the class names.
    let ok = unsafe {
        GetAclInformation(
            dacl,
            (&raw mut size).cast(),
            u32::try_from(size_of::<ACL_SIZE_INFORMATION>()).unwrap_or(u32::MAX),
            AclSizeInformation,
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    for index in 0..size.AceCount {
        let mut ace: *mut core::ffi::c_void = std::ptr::null_mut();
        // SAFETY: `index` is below the ACL's count; `ace` points into the ACL.
        if unsafe { GetAce(dacl, index, &raw mut ace) } == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: every ACE starts with an ACE_HEADER.
        let header = unsafe { &*ace.cast::<ACE_HEADER>() };
        if header.AceType != ACCESS_ALLOWED || u32::from(header.AceFlags) & INHERIT_ONLY_ACE != 0 {
            continue;
        }
        // SAFETY: an access-allowed ACE is an ACCESS_ALLOWED_ACE, its SID starting at SidStart.
        let allowed = unsafe { &*ace.cast::<ACCESS_ALLOWED_ACE>() };
        if allowed.Mask & rights == 0 {
            continue;
        }
        let sid: PSID = (&raw const allowed.SidStart).cast_mut().cast();
        if !trusted(sid, me) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The current user, SYSTEM, Administrators or TrustedInstaller.
fn trusted(sid: PSID, me: &CurrentUser) -> bool {
    // SAFETY: both are valid SIDs for the duration of the calls.
    let known = unsafe {
        EqualSid(sid, me.sid()) != 0
            || IsWellKnownSid(sid, WinLocalSystemSid) != 0
            || IsWellKnownSid(sid, WinBuiltinAdministratorsSid) != 0
    };
    known || sid_string(sid).is_some_and(|s| s == TRUSTED_INSTALLER)
}

/// `sid` as `S-1-…`.
fn sid_string(sid: PSID) -> Option<String> {
    let mut text: *mut u16 = std::ptr::null_mut();
    // SAFETY: `sid` is valid; the string is allocated with LocalAlloc and freed below.
    if unsafe { ConvertSidToStringSidW(sid, &raw mut text) } == 0 || text.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated UTF-16 string from ConvertSidToStringSidW, read up to its NUL
    // (a SID's text is under 200 characters; 256 bounds the walk).
    let string = unsafe {
        let len = (0..256).take_while(|&i| *text.add(i) != 0).count();
        String::from_utf16_lossy(std::slice::from_raw_parts(text, len))
    };
    // SAFETY: allocated by ConvertSidToStringSidW; freed once.
    unsafe { LocalFree(text.cast()) };
    Some(string)
}

/// The current process's user and the default owner of what it creates, as its token's
/// TOKEN_USER and TOKEN_OWNER (whose SIDs live in the buffers).
struct CurrentUser {
    user: Vec<u64>,
    owner: Vec<u64>,
}

impl CurrentUser {
    fn get() -> io::Result<Self> {
        let mut token: HANDLE = std::ptr::null_mut();
        // SAFETY: the pseudo-handle of the current process needs no closing; `token` is closed
        // below.
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &raw mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        let user = token_information(token, TokenUser);
        let owner = token_information(token, TokenOwner);
        // SAFETY: opened above; closed once.
        unsafe { CloseHandle(token) };
        Ok(Self {
            user: user?,
            owner: owner?,
        })
    }

    fn sid(&self) -> PSID {
        // SAFETY: the buffer holds the TOKEN_USER that GetTokenInformation wrote.
        unsafe { (*self.user.as_ptr().cast::<TOKEN_USER>()).User.Sid }
    }

    fn default_owner(&self) -> PSID {
        // SAFETY: the buffer holds the TOKEN_OWNER that GetTokenInformation wrote.
        unsafe { (*self.owner.as_ptr().cast::<TOKEN_OWNER>()).Owner }
    }
}

/// One class of `token`'s information, in a buffer of u64s (aligned for the structures).
fn token_information(token: HANDLE, class: TOKEN_INFORMATION_CLASS) -> io::Result<Vec<u64>> {
    let mut needed = 0u32;
    // SAFETY: a size query: no buffer is written.
    unsafe { GetTokenInformation(token, class, std::ptr::null_mut(), 0, &raw mut needed) };
    let mut buffer = vec![0u64; (needed as usize).div_ceil(8).max(1)];
    let capacity = u32::try_from(buffer.len() * 8).unwrap_or(u32::MAX);
    // SAFETY: `buffer` holds `capacity` bytes.
    let ok = unsafe {
        GetTokenInformation(
            token,
            class,
            buffer.as_mut_ptr().cast(),
            capacity,
            &raw mut needed,
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the process creates in the user's temp folder is its own and no one else's, also
    /// when the token's default owner is the Administrators group (an elevated administrator).
    #[test]
    fn what_this_process_creates_is_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let file = File::create(dir.path().join("entry")).unwrap();
        let access = access(&file).unwrap();
        assert!(access.mine);
        assert!(!access.others_write);
    }
}
