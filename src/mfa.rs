//! Virtual MFA devices: the codes a scenario's device shows, computed from the
//! seed the target gave when it was created (RFC 6238: SHA-1, 6 digits, 30 s).
//!
//! A code is good once (RFC 6238 section 5.2; AWS refuses a code it has
//! already accepted), so each device remembers the last time step it used.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use totp_rs::{Builder, Totp};

use crate::clients::Secret;

const STEP: u64 = 30;

pub struct MfaDevice {
    pub serial: String,
    totp: Totp,
    last_step: AtomicU64,
}

impl std::fmt::Debug for MfaDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MfaDevice")
            .field("serial", &self.serial)
            .finish_non_exhaustive()
    }
}

fn now_step() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        / STEP
}

impl MfaDevice {
    /// `seed` is the device's Base32StringSeed.
    pub fn new(serial: String, seed: &Secret) -> Result<Self> {
        let secret = totp_rs::Secret::try_from_base32(seed.expose().trim_end_matches('='))
            .ok()
            .context("the virtual MFA device's seed is not base32")?;
        Ok(Self {
            serial,
            totp: Builder::new().with_secret(secret).build_noncompliant(),
            last_step: AtomicU64::new(0),
        })
    }

    fn code_at(&self, step: u64) -> String {
        self.totp.generate(step * STEP).to_string()
    }

    /// The two consecutive codes EnableMFADevice asks for: the device's last
    /// two, the one of the time step before this one and this one's.
    pub fn enabling_codes(&self) -> (String, String) {
        let now = now_step();
        self.last_step.store(now, Ordering::SeqCst);
        (self.code_at(now - 1), self.code_at(now))
    }

    /// A code not used before: this time step's, or the next one's when this
    /// one was used (a device's clock may run that far ahead; AWS accepts it).
    pub fn fresh_code(&self) -> Result<String> {
        let now = now_step();
        let step = now.max(self.last_step.load(Ordering::SeqCst) + 1);
        if step > now + 1 {
            bail!(
                "the MFA device {} has no unused code until the next 30 seconds: a scenario uses at most \
                 one code per 30 seconds after enabling it",
                self.serial
            );
        }
        self.last_step.store(step, Ordering::SeqCst);
        Ok(self.code_at(step))
    }

    /// Whether `code` is the device's code for a time step near now (the
    /// window [`wrong_code`](Self::wrong_code) stays out of).
    pub fn accepts(&self, code: &str) -> bool {
        let now = now_step();
        (now - 2..=now + 2).any(|s| self.code_at(s) == code)
    }

    /// Six digits that are the device's code for no time step near now.
    pub fn wrong_code(&self) -> String {
        let now = now_step();
        let near: Vec<String> = (now - 2..=now + 2).map(|s| self.code_at(s)).collect();
        (1..10u8)
            .map(|shift| {
                near[2]
                    .bytes()
                    .map(|d| char::from(b'0' + (d - b'0' + shift) % 10))
                    .collect::<String>()
            })
            .find(|candidate| !near.contains(candidate))
            .expect("nine shifted codes cannot all be among five codes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device() -> MfaDevice {
        // RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in base32.
        let seed = Secret::new("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        MfaDevice::new("arn:aws:iam::123456789012:mfa/Jill".into(), &seed).unwrap()
    }

    #[test]
    fn codes_are_those_of_rfc_6238() {
        // Appendix B: T = 59 s gives 94287082 with 8 digits, so 287082 with 6.
        assert_eq!(device().code_at(59 / STEP), "287082");
        // T = 1111111109 s gives 07081804: the leading zero stays.
        assert_eq!(device().code_at(1_111_111_109 / STEP), "081804");
    }

    #[test]
    fn a_code_is_used_once() {
        let d = device();
        let (first, second) = d.enabling_codes();
        assert_ne!(first, second);
        let enabled_at = d.last_step.load(Ordering::SeqCst);
        assert_eq!(d.fresh_code().unwrap(), d.code_at(enabled_at + 1));
        d.last_step.store(now_step() + 1, Ordering::SeqCst);
        assert!(
            d.fresh_code().is_err(),
            "the next step's code is used already"
        );
    }

    #[test]
    fn a_wrong_code_is_no_code_near_now() {
        let d = device();
        let wrong = d.wrong_code();
        let now = now_step();
        assert_eq!(wrong.len(), 6);
        assert!((now - 2..=now + 2).all(|s| d.code_at(s) != wrong));
    }
}
