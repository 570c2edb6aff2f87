//! Lists as steps and the action table write them in one parameter
//! (`PolicyArns`, `TransitiveTagKeys`, `Tags`): comma-separated, each item
//! trimmed, empty items dropped. Shared by the gateway and the reference
//! evaluator's scene, which must read a call's parameters alike.

pub fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}
