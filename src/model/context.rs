//! The request context: the condition keys a request carries, with their
//! values. Keys are not case-sensitive ("IAM JSON policy elements:
//! Condition", condition keys). The model knows a closed set of keys: for those
//! it can say that a request lacks one; any other key is [`NotCovered`].

use std::collections::BTreeMap;

use super::NotCovered;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Single(String),
    /// A multivalued key (`aws:TagKeys`, `sts:TransitiveTagKeys`).
    Multi(Vec<String>),
    /// The request carries the key but the model does not know its value.
    Unknown,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    values: BTreeMap<String, Value>,
    /// Key families known for this request only (the tags of the resource
    /// it names, where the model knows that resource).
    families: Vec<String>,
}

/// Keys whose presence the model knows in every request it judges; a key
/// outside them (`aws:SourceIp`, a service's own keys) is not covered.
const KNOWN_KEYS: &[&str] = &[
    "aws:username",
    "aws:userid",
    "aws:principalarn",
    "aws:principalaccount",
    "aws:principaltype",
    "aws:securetransport",
    "aws:currenttime",
    "aws:epochtime",
    "aws:multifactorauthpresent",
    "aws:multifactorauthage",
    "aws:tokenissuetime",
    "aws:sourceidentity",
    "aws:tagkeys",
    "aws:federatedprovider",
    // Only in calls a service principal makes ("AWS global condition context
    // keys", aws:SourceAccount). aws:ViaAWSService and aws:PrincipalIsAWSService
    // are left out: the model does not claim whether a direct call carries them.
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:requestedregion",
    "iam:policyarn",
    "iam:permissionsboundary",
    "sts:externalid",
    "sts:rolesessionname",
    "sts:sourceidentity",
    "sts:transitivetagkeys",
];

/// Key families whose members the model knows: a tag the principal or the
/// request does not carry is absent.
const KNOWN_FAMILIES: &[&str] = &["aws:principaltag/", "aws:requesttag/"];

impl Context {
    pub fn set(&mut self, key: &str, value: Value) {
        self.values.insert(key.to_ascii_lowercase(), value);
    }

    pub fn set_single(&mut self, key: &str, value: impl Into<String>) {
        self.set(key, Value::Single(value.into()));
    }

    /// Keys starting with `prefix` are known for this request: those not set are absent.
    pub fn know_family(&mut self, prefix: &str) {
        self.families.push(prefix.to_ascii_lowercase());
    }

    /// The key's value; `None` when the request does not carry it.
    pub fn get(&self, key: &str) -> Result<Option<&Value>, NotCovered> {
        let lower = key.to_ascii_lowercase();
        match self.values.get(&lower) {
            Some(Value::Unknown) => Err(NotCovered::new(format!(
                "the request's value of {key} (the model does not know it)"
            ))),
            Some(value) => Ok(Some(value)),
            None if KNOWN_KEYS.contains(&lower.as_str())
                || KNOWN_FAMILIES.iter().any(|f| lower.starts_with(f))
                || self.families.iter().any(|f| lower.starts_with(f.as_str())) =>
            {
                Ok(None)
            }
            None => Err(NotCovered::new(format!("the condition key {key}"))),
        }
    }

    /// A single-valued key's value, for a policy variable.
    pub fn single(&self, key: &str) -> Result<Option<String>, NotCovered> {
        match self.get(key)? {
            Some(Value::Single(v)) => Ok(Some(v.clone())),
            Some(_) => Err(NotCovered::new(format!(
                "the multivalued key {key} as a policy variable"
            ))),
            None => Ok(None),
        }
    }

    #[cfg(test)]
    pub fn user_for_tests(name: &str) -> Self {
        let mut c = Self::default();
        c.set_single("aws:username", name);
        c.set_single(
            "aws:PrincipalArn",
            format!("arn:aws:iam::123456789012:user/{name}"),
        );
        c.set_single("aws:SecureTransport", "true");
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_and_unknown_keys_are_not_covered() {
        let c = Context::user_for_tests("Jill");
        assert_eq!(c.single("AWS:UserName").unwrap().as_deref(), Some("Jill"));
        assert_eq!(c.get("aws:PrincipalTag/team").unwrap(), None);
        assert_eq!(c.get("aws:MultiFactorAuthPresent").unwrap(), None);
        assert!(c.get("aws:SourceIp").is_err());
        assert!(c.get("aws:ViaAWSService").is_err());
        assert_eq!(c.get("aws:SourceAccount").unwrap(), None);
        let mut d = c.clone();
        d.set("aws:userid", Value::Unknown);
        assert!(d.get("aws:userid").is_err());
    }
}
