//! What the registry line of each rule (in `rules/mod.rs`) generates: [`RuleId`], the
//! [`RULES`](super::RULES) table, [`RuleOptions`] (one field per rule, read from
//! `[rules.<name>]`), and the types indexed by rule, [`RuleSet`] and [`PerRule`].

use std::fmt;
use std::ops::{Index, IndexMut};

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// The options of one rule, read from its `[rules.<name>]` table. Unknown keys must be
/// errors (`#[serde(deny_unknown_fields)]`); any normalisation is done while reading.
pub trait Options: Default + Clone + fmt::Debug + DeserializeOwned {
    /// The options set, as `(key, value)` pairs for `mtlint config` (nothing for the
    /// defaults).
    fn describe(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

/// The options of a rule that has none: its table must be empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoOptions {}

impl Options for NoOptions {}

/// Declares every rule, in the order `mtlint rules` lists them:
/// `Variant = "name" => module::RuleType, OptionsType;`. The module is declared here too.
macro_rules! registry {
    ($( $variant:ident = $name:literal => $module:ident :: $rule:ident, $options:ty; )*) => {
        $( mod $module; )*

        /// A rule, known by its place in the registry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum RuleId {
            $( $variant, )*
        }

        impl RuleId {
            /// Every rule, in registry order.
            pub const ALL: &'static [RuleId] = &[$( RuleId::$variant, )*];
            /// How many rules there are.
            pub const COUNT: usize = RuleId::ALL.len();

            /// The rule's stable kebab-case name.
            pub const fn name(self) -> &'static str {
                match self {
                    $( RuleId::$variant => $name, )*
                }
            }

            /// The rule with this name.
            pub fn from_name(name: &str) -> Option<RuleId> {
                match name {
                    $( $name => Some(RuleId::$variant), )*
                    _ => None,
                }
            }
        }

        /// Every rule, in the order `mtlint rules` lists them (indexed by [`RuleId`]).
        pub static RULES: &[&dyn Rule] = &[$( &$module::$rule, )*];

        /// The options of every rule: `[rules.<name>]` in the configuration.
        #[derive(Debug, Clone, Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct RuleOptions {
            $(
                #[serde(rename = $name, default)]
                pub $module: $options,
            )*
        }

        impl RuleOptions {
            /// The options set, one `name key: value` line each, for `mtlint config`.
            pub fn describe(&self) -> Vec<String> {
                let mut lines = Vec::new();
                $(
                    for (key, value) in registry::Options::describe(&self.$module) {
                        lines.push(format!("{} {key}: {value}", RuleId::$variant.name()));
                    }
                )*
                lines
            }
        }
    };
}
pub(crate) use registry;

const _: () = assert!(super::RuleId::COUNT <= 32, "RuleSet holds 32 rules");

impl super::RuleId {
    /// The rule itself.
    pub fn rule(self) -> &'static dyn super::Rule {
        super::RULES[self as usize]
    }

    /// The rule's documentation and defaults.
    pub fn meta(self) -> &'static super::RuleMeta {
        self.rule().meta()
    }

    /// Position in the registry (and in [`RULES`](super::RULES)).
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for super::RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

use super::RuleId;

/// A set of rules.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RuleSet(u32);

impl RuleSet {
    pub const EMPTY: RuleSet = RuleSet(0);

    /// Every rule.
    pub fn all() -> RuleSet {
        RuleId::ALL.iter().copied().collect()
    }

    /// The rules on by default.
    pub fn default_on() -> RuleSet {
        RuleId::ALL
            .iter()
            .copied()
            .filter(|id| id.meta().default_on)
            .collect()
    }

    pub fn contains(self, id: RuleId) -> bool {
        self.0 & (1 << id as u32) != 0
    }

    pub fn insert(&mut self, id: RuleId) {
        self.0 |= 1 << id as u32;
    }

    pub fn remove(&mut self, id: RuleId) {
        self.0 &= !(1 << id as u32);
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The rules of the set, in registry order.
    pub fn iter(self) -> impl Iterator<Item = RuleId> {
        RuleId::ALL
            .iter()
            .copied()
            .filter(move |&id| self.contains(id))
    }
}

impl FromIterator<RuleId> for RuleSet {
    fn from_iter<I: IntoIterator<Item = RuleId>>(iter: I) -> RuleSet {
        let mut set = RuleSet::EMPTY;
        for id in iter {
            set.insert(id);
        }
        set
    }
}

impl fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(self.iter().map(RuleId::name))
            .finish()
    }
}

/// One value per rule, indexed by [`RuleId`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerRule<T>([T; RuleId::COUNT]);

impl<T> PerRule<T> {
    /// The value of each rule, from a function of its id.
    pub fn from_fn(f: impl FnMut(RuleId) -> T) -> PerRule<T> {
        let mut f = f;
        PerRule(std::array::from_fn(|i| f(RuleId::ALL[i])))
    }
}

impl<T> Index<RuleId> for PerRule<T> {
    type Output = T;
    fn index(&self, id: RuleId) -> &T {
        &self.0[id as usize]
    }
}

impl<T> IndexMut<RuleId> for PerRule<T> {
    fn index_mut(&mut self, id: RuleId) -> &mut T {
        &mut self.0[id as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_the_rules() {
        for (i, &id) in RuleId::ALL.iter().enumerate() {
            assert_eq!(id.index(), i);
            assert_eq!(RuleId::from_name(id.name()), Some(id));
            assert_eq!(id.meta().name, id.name());
        }
        assert_eq!(RuleId::from_name("no-such-rule"), None);
    }

    #[test]
    fn rule_set_operations() {
        let mut s = RuleSet::EMPTY;
        let (a, b) = (RuleId::ALL[0], RuleId::ALL[RuleId::COUNT - 1]);
        s.insert(b);
        s.insert(a);
        assert!(s.contains(a) && s.contains(b) && s.len() == 2);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![a, b]);
        s.remove(a);
        assert!(!s.contains(a) && s.contains(b));
        assert_eq!(RuleSet::all().len(), RuleId::COUNT);
    }
}
