//! Smaller versions of a world that disagrees at one request: each drops or
//! simplifies one thing (a request, a layer, a statement, a condition, a
//! value, a pattern, the tags, the group). The hunt runs them on the target
//! and keeps the first that still disagrees the same way, until none does.

use super::world::{Layer, Place, Principal, Statement, World};

/// Candidates in the order they are tried: the biggest cuts first.
pub fn candidates(world: &World, failing: usize) -> Vec<World> {
    let mut out = Vec::new();
    // Only the failing request.
    if world.requests.len() > 1 {
        let mut w = world.clone();
        w.requests = vec![world.requests[failing].clone()];
        out.push(w);
    }
    // A layer less (the identity policy stays: it is what the principal is).
    for (i, layer) in world.layers.iter().enumerate() {
        if layer.place != Place::Identity
            || world
                .layers
                .iter()
                .filter(|l| l.place == Place::Identity)
                .count()
                > 1
        {
            let mut w = world.clone();
            w.layers.remove(i);
            out.push(w);
        }
    }
    // A group member with no group policy left is a plain user.
    if world.principal == Principal::UserInGroup
        && !world.layers.iter().any(|l| l.place == Place::Group)
    {
        let mut w = world.clone();
        w.principal = Principal::User;
        out.push(w);
    }
    if world.tagged {
        let mut w = world.clone();
        w.tagged = false;
        out.push(w);
    }
    for (li, layer) in world.layers.iter().enumerate() {
        for (si, statement) in layer.statements.iter().enumerate() {
            if layer.statements.len() > 1 {
                out.push(with_layer(world, li, |l| {
                    l.statements.remove(si);
                }));
            }
            for smaller in smaller_statements(statement) {
                out.push(with_layer(world, li, |l| {
                    l.statements[si] = smaller.clone()
                }));
            }
        }
    }
    out
}

fn with_layer(world: &World, index: usize, change: impl FnOnce(&mut Layer)) -> World {
    let mut w = world.clone();
    change(&mut w.layers[index]);
    w
}

/// One thing of a statement dropped or made plainer.
fn smaller_statements(s: &Statement) -> Vec<Statement> {
    let mut out = Vec::new();
    for i in 0..s.conditions.len() {
        let mut t = s.clone();
        t.conditions.remove(i);
        out.push(t);
    }
    for (i, c) in s.conditions.iter().enumerate() {
        if c.values.len() > 1 {
            for j in 0..c.values.len() {
                let mut t = s.clone();
                t.conditions[i].values.remove(j);
                out.push(t);
            }
        }
    }
    for list in [List::Actions, List::Resources] {
        let values = list.of(s);
        if values.len() > 1 {
            for j in 0..values.len() {
                let mut t = s.clone();
                list.of_mut(&mut t).remove(j);
                out.push(t);
            }
        }
        if values.len() > 1 || values.first().is_some_and(|v| v != "*") {
            let mut t = s.clone();
            *list.of_mut(&mut t) = vec!["*".into()];
            out.push(t);
        }
    }
    if s.not_action {
        let mut t = s.clone();
        t.not_action = false;
        out.push(t);
    }
    if s.not_resource {
        let mut t = s.clone();
        t.not_resource = false;
        out.push(t);
    }
    out
}

#[derive(Clone, Copy)]
enum List {
    Actions,
    Resources,
}

impl List {
    fn of(self, s: &Statement) -> &Vec<String> {
        match self {
            Self::Actions => &s.actions,
            Self::Resources => &s.resources,
        }
    }

    fn of_mut(self, s: &mut Statement) -> &mut Vec<String> {
        match self {
            Self::Actions => &mut s.actions,
            Self::Resources => &mut s.resources,
        }
    }
}

/// How big a world is, to tell a smaller one: requests, layers, statements,
/// conditions, values, and patterns that are not `*`.
pub fn size(world: &World) -> usize {
    let statements: usize = world
        .layers
        .iter()
        .flat_map(|l| &l.statements)
        .map(|s| {
            1 + s
                .conditions
                .iter()
                .map(|c| 1 + c.values.len())
                .sum::<usize>()
                + s.actions
                    .iter()
                    .chain(&s.resources)
                    .map(|v| if v == "*" { 1 } else { 2 })
                    .sum::<usize>()
                + usize::from(s.not_action)
                + usize::from(s.not_resource)
        })
        .sum();
    world.requests.len() * 10
        + world.layers.len() * 5
        + statements
        + usize::from(world.tagged)
        + usize::from(world.principal == Principal::UserInGroup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hunt::world::generate;

    #[test]
    fn every_candidate_is_smaller_and_keeps_the_failing_request() {
        for world in generate(5, 50) {
            let failing = world.requests.len() - 1;
            let target = world.requests[failing].clone();
            for c in candidates(&world, failing) {
                assert!(
                    size(&c) < size(&world),
                    "{c:?} is not smaller than {world:?}"
                );
                assert!(c.requests.contains(&target));
                assert!(c.layers.iter().all(|l| !l.statements.is_empty()));
                assert!(c.layers.iter().any(|l| l.place == Place::Identity));
            }
        }
    }
}
