//! One test per rule: its class and its message, on a small catalog changed by hand.

use zimerr_catalog::{Pos, SourceText};

use super::rules::{self, Bump, Change, Class};
use super::side::Side;
use super::{FailOn, bump, records};

const BASE: &str = "\
prefix: shop
categories:
  - key: general
    name: General
    title: General errors
    ranges:
      - { first: 0, last: 9 }
  - key: auth
    name: Auth
    title: Auth errors
    ranges:
      - { first: 1000, last: 1099 }
  - key: pay
    name: Pay
    title: Payment errors
    ranges:
      - { first: 2000, last: 2099 }
codes:
  - code: 0
    name: Success
    category: general
    description: It worked.
    action: none
    retryable: false
    success: true
  - code: 1000
    name: TokenExpired
    category: auth
    description: The token has expired.
    solution: Renew the token.
    action: renew_token
    retryable: true
  - code: 1001
    name: BadPassword
    category: auth
    description: The password is wrong.
    action: fix_request
    retryable: false
  - code: 2000
    name: CardDeclined
    category: pay
    description: The card was declined.
    action: inform_user
    retryable: false
  - code: 2001
    name: PaymentTimeout
    category: pay
    description: The payment service did not answer in time.
    action: retry
    retryable: true
";

fn side(label: &str, text: &str) -> Side {
    let source = SourceText::from_text(format!("{label}.yaml"), text);
    match Side::from_source(label.to_owned(), &source) {
        Ok(side) => side,
        Err(problems) => panic!("{label} does not check:\n{problems}"),
    }
}

fn diff(old: &str, new: &str) -> Vec<Change> {
    rules::diff(&side("old", old), &side("new", new))
}

/// `BASE` with each `(from, to)` replaced once (each `from` must be there).
fn edit(pairs: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for (from, to) in pairs {
        assert!(text.contains(from), "`{from}` is not in the catalog");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The one change between BASE and `new`, checked for rule, class and message.
fn only(new: &str, rule: &str, class: Class, message: &str) -> Change {
    only_between(BASE, new, rule, class, message)
}

fn only_between(old: &str, new: &str, rule: &str, class: Class, message: &str) -> Change {
    let changes = diff(old, new);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let change = changes.into_iter().next().unwrap();
    assert_eq!(change.rule, rule);
    assert_eq!(change.class, class);
    assert_eq!(change.message, message);
    change
}

/// The change `rule` found among several.
fn find(changes: &[Change], rule: &str) -> Change {
    let hits: Vec<&Change> = changes.iter().filter(|c| c.rule == rule).collect();
    assert_eq!(hits.len(), 1, "{rule} in {changes:#?}");
    hits[0].clone()
}

const TOKEN: &str = "  - code: 1000\n    name: TokenExpired\n    category: auth\n    description: The token has expired.\n    solution: Renew the token.\n    action: renew_token\n    retryable: true\n";

#[test]
fn the_same_catalog_has_no_change() {
    assert!(diff(BASE, BASE).is_empty());
    assert_eq!(bump(&[]), Bump::None);
}

#[test]
fn prefix_changed() {
    let c = only(
        &edit(&[("prefix: shop", "prefix: store")]),
        "prefix-changed",
        Class::BreakingApi,
        "the catalog's prefix changed from `shop` to `store`: the generated `PREFIX` and every \
         diagnostic code change (`shop::N` becomes `store::N`)",
    );
    assert_eq!(c.new.unwrap().pos, Pos::new(1, 9));
    assert_eq!(c.old.unwrap().pos, Pos::new(1, 9));
    assert_eq!(c.code, None);
}

#[test]
fn a_prefix_from_the_file_name_is_not_compared() {
    let bare = edit(&[("prefix: shop\n", "")]);
    // "old.yaml" and "new.yaml" derive different prefixes; neither is declared.
    assert!(diff(&bare, &bare).is_empty());
    // Declared on one side: compared with the other's derived one.
    let changes = diff(&bare, BASE);
    assert_eq!(find(&changes, "prefix-changed").class, Class::BreakingApi);
    let changes = diff(BASE, &bare);
    assert!(
        find(&changes, "prefix-changed")
            .message
            .contains("from `shop` to `new`")
    );
}

#[test]
fn success_code_changed() {
    let new = edit(&[
        (
            "    retryable: false\n    success: true\n",
            "    retryable: false\n",
        ),
        (
            "    description: The password is wrong.\n    action: fix_request\n    retryable: false\n",
            "    description: The password is wrong.\n    action: fix_request\n    retryable: false\n    success: true\n",
        ),
    ]);
    let c = only(
        &new,
        "success-code-changed",
        Class::BreakingWire,
        "the success code changed from 0 to 1001: clients test for success by this number",
    );
    assert_eq!(c.code, Some(1001));
    assert_eq!(c.old.unwrap().pos.line, 20);
    assert_eq!(c.new.unwrap().pos.line, 33);
    let none = edit(&[(
        "    retryable: false\n    success: true\n",
        "    retryable: false\n",
    )]);
    let c = only(
        &none,
        "success-code-changed",
        Class::BreakingWire,
        "the success code changed from 0 to none: clients test for success by this number",
    );
    assert_eq!(c.code, Some(0));
    assert!(c.new.is_none());
    let c = only_between(
        &none,
        BASE,
        "success-code-changed",
        Class::BreakingWire,
        "the success code changed from none to 0: clients test for success by this number",
    );
    assert!(c.old.is_none());
    // A new code that is the success code of a catalog that had none: only added.
    let without = none.replacen(
        "  - code: 0\n    name: Success\n    category: general\n    description: It worked.\n    action: none\n    retryable: false\n",
        "",
        1,
    );
    only_between(
        &without,
        BASE,
        "code-added",
        Class::Additive,
        "code 0 `Success` added",
    );
    // The success code moved to a new number: that is a change of what success reads as.
    let moved = BASE.replacen(
        "  - code: 0\n    name: Success\n",
        "  - code: 5\n    name: Ok\n",
        1,
    );
    let changes = diff(BASE, &moved);
    let c = find(&changes, "success-code-changed");
    assert_eq!(
        c.message,
        "the success code changed from 0 to 5: clients test for success by this number"
    );
}

#[test]
fn unknown_fields_are_compared_generically() {
    let value = |s: &str| serde_yaml::from_str::<serde_yaml::Value>(s).unwrap();
    let old = side("old", BASE);
    let mut new = side("new", BASE);
    new.extra
        .catalog
        .insert("wire".into(), (value("{code: [SubCode]}"), Pos::new(3, 1)));
    new.extra.codes[1].insert("fr".into(), (value("Jeton expiré."), Pos::START));
    new.extra.categories[2].insert("color".into(), (value("red"), Pos::START));
    let changes = rules::diff(&old, &new);
    assert_eq!(changes.len(), 3, "{changes:#?}");
    assert!(
        changes
            .iter()
            .all(|c| c.rule == "field-added" && c.class == Class::Additive)
    );
    let messages: Vec<&str> = changes.iter().map(|c| c.message.as_str()).collect();
    assert!(messages.contains(&"the catalog gains the field `wire`: {\"code\":[\"SubCode\"]}"));
    assert!(messages.contains(&"code 1000 gains the field `fr`: \"Jeton expiré.\""));
    assert!(messages.contains(&"category `pay` gains the field `color`: \"red\""));
    let wire = changes.iter().find(|c| c.message.contains("wire")).unwrap();
    assert_eq!(wire.new.as_ref().unwrap().pos, Pos::new(3, 1));
    let fr = changes.iter().find(|c| c.code == Some(1000)).unwrap();
    assert_eq!(
        fr.new.as_ref().unwrap().pos.line,
        27,
        "at the code, not at line 1"
    );

    // Changed, and removed: no rule knows what they meant.
    let mut edited = new.clone();
    edited
        .extra
        .catalog
        .insert("wire".into(), (value("{code: [ErrCode]}"), Pos::new(3, 1)));
    edited.extra.codes[1].clear();
    edited.extra.codes[2].insert("fr".into(), (value("Mot de passe erroné."), Pos::START));
    new.extra.codes[2].insert("fr".into(), (value("Mauvais mot de passe."), Pos::START));
    let changes = rules::diff(&new, &edited);
    assert_eq!(changes.len(), 3, "{changes:#?}");
    assert!(changes.iter().all(|c| c.rule == "field-changed"));
    let fr = changes.iter().find(|c| c.code == Some(1001)).unwrap();
    assert_eq!(
        fr.message,
        "code 1001's field `fr` changed from \"Mauvais mot de passe.\" to \"Mot de passe erroné.\"; \
         `zimerr diff` has no rule for this field: review what it means"
    );
    assert_eq!(fr.old.as_ref().unwrap().pos.line, 34);
    assert_eq!(fr.new.as_ref().unwrap().pos.line, 34);
    let by_code = changes.iter().find(|c| c.code == Some(1000)).unwrap();
    assert_eq!(by_code.class, Class::Behaviour);
    assert_eq!(
        by_code.message,
        "code 1000 loses the field `fr`; `zimerr diff` has no rule for this field: review what it meant"
    );
    assert_eq!(by_code.old.as_ref().unwrap().pos.line, 27);
    let top = changes.iter().find(|c| c.code.is_none()).unwrap();
    assert_eq!(top.class, Class::Behaviour);
    assert_eq!(
        top.message,
        "the catalog's field `wire` changed from {\"code\":[\"SubCode\"]} to {\"code\":[\"ErrCode\"]}; \
         `zimerr diff` has no rule for this field: review what it means"
    );
    // Where the catalog's key is, on both sides (not the catalog's first line).
    assert_eq!(top.old.as_ref().unwrap().pos, Pos::new(3, 1));
    assert_eq!(top.new.as_ref().unwrap().pos, Pos::new(3, 1));
    let gone = rules::diff(&new, &side("old", BASE));
    let lost = gone.iter().find(|c| c.code.is_none()).unwrap();
    assert_eq!(
        lost.message,
        "the catalog loses the field `wire`; `zimerr diff` has no rule for this field: review what it meant"
    );
    assert_eq!(lost.old.as_ref().unwrap().pos, Pos::new(3, 1));
}

#[test]
fn long_values_are_cut() {
    let long = serde_yaml::Value::String("x".repeat(100));
    let shown = super::side::show_value(&long);
    assert_eq!(shown.chars().count(), 60);
    assert!(shown.ends_with("..."));
    let short = serde_yaml::Value::String("x".repeat(58));
    assert_eq!(
        super::side::show_value(&short),
        format!("\"{}\"", "x".repeat(58))
    );
}

#[test]
fn category_renamed() {
    let c = only(
        &edit(&[("name: Pay\n", "name: Payment\n")]),
        "category-renamed",
        Class::BreakingApi,
        "category `pay` renamed from `Pay` to `Payment`: every use of the category variant `Pay` breaks",
    );
    assert_eq!(c.category.as_deref(), Some("pay"));
    assert_eq!(c.new.unwrap().pos, Pos::new(13, 10));
}

#[test]
fn category_key_changed() {
    // Matched by its ranges.
    let new = edit(&[("key: pay", "key: billing")]).replace("category: pay", "category: billing");
    let c = only(
        &new,
        "category-key-changed",
        Class::BreakingWire,
        "category `pay` has the new key `billing`: it serializes as `\"billing\"` now, and readers \
         of `\"pay\"` reject it",
    );
    assert_eq!(c.category.as_deref(), Some("billing"));
    // Matched by its name when the ranges changed too.
    let new = new.replace("{ first: 2000, last: 2099 }", "{ first: 2000, last: 2049 }");
    let changes = diff(BASE, &new);
    assert_eq!(
        find(&changes, "category-key-changed").class,
        Class::BreakingWire
    );
    assert!(changes.iter().all(|c| c.rule != "category-removed"));
}

#[test]
fn category_text_changed() {
    only(
        &edit(&[("title: Payment errors", "title: Payments")]),
        "category-text-changed",
        Class::Documentation,
        "category `pay`: title changed",
    );
    only(
        &edit(&[(
            "title: Payment errors\n",
            "title: Payments\n    note: Cards only.\n",
        )]),
        "category-text-changed",
        Class::Documentation,
        "category `pay`: title and note changed",
    );
    only(
        &edit(&[(
            "title: Payment errors\n",
            "title: Payment errors\n    note: Cards only.\n",
        )]),
        "category-text-changed",
        Class::Documentation,
        "category `pay`: note changed",
    );
}

#[test]
fn category_added() {
    let new = edit(&[(
        "codes:\n",
        "  - key: ship\n    name: Ship\n    title: Shipping errors\ncodes:\n",
    )]);
    let c = only(
        &new,
        "category-added",
        Class::Additive,
        "category `ship` (`Ship`) added",
    );
    assert_eq!(c.new.unwrap().pos.line, 18);
    assert!(c.old.is_none());
}

#[test]
fn category_removed() {
    let old = edit(&[(
        "codes:\n",
        "  - key: ship\n    name: Ship\n    title: Shipping errors\ncodes:\n",
    )]);
    let c = only_between(
        &old,
        BASE,
        "category-removed",
        Class::BreakingApi,
        "category `ship` removed: every use of the category variant `Ship` breaks",
    );
    assert_eq!(c.old.unwrap().pos.line, 18);
    assert!(c.new.is_none());
}

#[test]
fn range_moves_numbers() {
    // Narrowed: 2050-2099 leave `pay` for no category.
    let c = only(
        &edit(&[("{ first: 2000, last: 2099 }", "{ first: 2000, last: 2049 }")]),
        "range-moves-numbers",
        Class::BreakingWire,
        "unknown numbers 2050–2099 move from category `pay` to no category: readers of such \
         codes are told another category",
    );
    assert_eq!(c.category.as_deref(), Some("pay"));
    assert!(c.old.is_some() && c.new.is_none());
    // A narrower range of another category takes numbers over; one number alone too.
    let new = edit(&[(
        "{ first: 1000, last: 1099 }",
        "{ first: 1000, last: 1099 }\n      - { first: 2050, last: 2059 }\n      - { first: 2070, last: 2070 }",
    )]);
    let c = only(
        &new,
        "range-moves-numbers",
        Class::BreakingWire,
        "unknown numbers 2050–2059, 2070 move from category `pay` to category `auth`: readers \
         of such codes are told another category",
    );
    assert_eq!(c.category.as_deref(), Some("auth"));
    // A removed category's numbers move to none (and the category is reported removed).
    let old = edit(&[(
        "codes:\n",
        "  - key: ship\n    name: Ship\n    title: Shipping errors\n    ranges:\n      - { first: 3000, last: 3099 }\ncodes:\n",
    )]);
    let changes = diff(&old, BASE);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    let moved = find(&changes, "range-moves-numbers");
    assert_eq!(
        moved.message,
        "unknown numbers 3000–3099 move from category `ship` to no category: readers of such \
         codes are told another category"
    );
    assert_eq!(find(&changes, "category-removed").class, Class::BreakingApi);
}

#[test]
fn range_added() {
    let new = edit(&[("{ first: 2000, last: 2099 }", "{ first: 2000, last: 2199 }")]);
    let c = only(
        &new,
        "range-added",
        Class::Additive,
        "unknown numbers 2100–2199 are now placed in category `pay` (they were in none)",
    );
    assert_eq!(c.category.as_deref(), Some("pay"));
    assert!(c.old.is_none());
    // The highest number there is: no overflow at the end of a range.
    let new = edit(&[(
        "{ first: 2000, last: 2099 }",
        "{ first: 2000, last: 2099 }\n      - { first: 4294967295, last: 4294967295 }",
    )]);
    only(
        &new,
        "range-added",
        Class::Additive,
        "unknown numbers 4294967295 are now placed in category `pay` (they were in none)",
    );
}

#[test]
fn ranges_rewritten() {
    let new = edit(&[(
        "{ first: 2000, last: 2099 }",
        "{ first: 2000, last: 2049 }\n      - { first: 2050, last: 2099 }",
    )]);
    only(
        &new,
        "ranges-rewritten",
        Class::Documentation,
        "category `pay`'s ranges changed from 2000–2099 to 2000–2049, 2050–2099; no unknown number moves",
    );
    // A category without ranges that gains none moves nothing either.
    let old = edit(&[(
        "codes:\n",
        "  - key: ship\n    name: Ship\n    title: Shipping errors\ncodes:\n",
    )]);
    assert!(diff(&old, &old).is_empty());
}

#[test]
fn a_range_change_that_moves_numbers_is_not_also_rewritten() {
    let changes = diff(
        BASE,
        &edit(&[("{ first: 2000, last: 2099 }", "{ first: 2000, last: 2049 }")]),
    );
    assert!(changes.iter().all(|c| c.rule != "ranges-rewritten"));
}

#[test]
fn code_renamed() {
    let c = only(
        &edit(&[("name: TokenExpired", "name: TokenOutdated")]),
        "code-renamed",
        Class::BreakingApi,
        "code 1000 renamed from `TokenExpired` to `TokenOutdated`: every use of the variant \
         `TokenExpired` and the constant `TOKEN_EXPIRED` breaks",
    );
    assert_eq!(c.code, Some(1000));
    assert_eq!(c.new.unwrap().pos, Pos::new(27, 11));
}

#[test]
fn a_renamed_code_keeps_its_other_changes() {
    let new = edit(&[
        ("name: TokenExpired", "name: TokenOutdated"),
        ("retryable: true", "retryable: false"),
    ]);
    let changes = diff(BASE, &new);
    assert_eq!(changes.len(), 2);
    assert_eq!(find(&changes, "retryable-changed").code, Some(1000));
}

#[test]
fn number_reused() {
    // A retired number given to a new name.
    let old = edit(&[(
        "    action: fix_request\n",
        "    action: fix_request\n    deprecated: Replaced by 1002 (`PasswordExpired`) in 2.0.\n",
    )]);
    let new = edit(&[("name: BadPassword", "name: AccountLocked")]);
    let c = only_between(
        &old,
        &new,
        "number-reused",
        Class::BreakingWire,
        "number 1001 was `BadPassword` and is now `AccountLocked`: readers of 1001 get another \
         meaning; the variant `BadPassword` is gone (a retired number must not be reused)",
    );
    assert_eq!(c.code, Some(1001));
    // Two names swap numbers: each number is reused, each name renumbered.
    let swapped = edit(&[
        ("name: TokenExpired", "name: Swap"),
        ("name: BadPassword", "name: TokenExpired"),
    ])
    .replacen("name: Swap", "name: BadPassword", 1);
    let changes = diff(BASE, &swapped);
    let reused: Vec<&Change> = changes
        .iter()
        .filter(|c| c.rule == "number-reused")
        .collect();
    let renumbered: Vec<&Change> = changes
        .iter()
        .filter(|c| c.rule == "code-renumbered")
        .collect();
    assert_eq!((reused.len(), renumbered.len()), (2, 2), "{changes:#?}");
    assert_eq!(
        reused[0].message,
        "number 1000 was `TokenExpired` and is now `BadPassword`: readers of 1000 get another meaning"
    );
}

#[test]
fn a_name_moving_onto_a_removed_number_is_a_reuse() {
    // BadPassword (1001) removed, TokenExpired moves from 1000 to 1001.
    let text = BASE.replacen(
        "  - code: 1001\n    name: BadPassword\n    category: auth\n    description: The password is wrong.\n    action: fix_request\n    retryable: false\n",
        "",
        1,
    );
    let text = text.replacen("code: 1000\n", "code: 1001\n", 1);
    let changes = diff(BASE, &text);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    let reused = find(&changes, "number-reused");
    assert_eq!(
        reused.message,
        "number 1001 was `BadPassword` and is now `TokenExpired`: readers of 1001 get another \
         meaning; the variant `BadPassword` is gone"
    );
    let renumbered = find(&changes, "code-renumbered");
    assert_eq!(renumbered.class, Class::BreakingWire);
}

#[test]
fn code_renumbered() {
    let c = only(
        &edit(&[("code: 1000\n", "code: 1050\n")]),
        "code-renumbered",
        Class::BreakingWire,
        "`TokenExpired` changed its number from 1000 to 1050: clients that know 1000 no longer see it",
    );
    assert_eq!(c.code, Some(1050));
    assert!(c.old.is_some() && c.new.is_some());
}

#[test]
fn code_removed() {
    let new = BASE.replacen(TOKEN, "", 1);
    let c = only(
        &new,
        "code-removed",
        Class::BreakingWire,
        "code 1000 `TokenExpired` removed without being deprecated first: senders may still use \
         1000, and the variant `TokenExpired` is gone",
    );
    assert_eq!(c.old.unwrap().pos, Pos::new(27, 11));
    assert!(c.new.is_none());
}

#[test]
fn deprecated_code_removed() {
    let old = edit(&[(
        "    action: renew_token\n",
        "    action: renew_token\n    deprecated: Tokens no longer expire since 3.0; nothing replaces it.\n",
    )]);
    let new = BASE.replacen(TOKEN, "", 1);
    only_between(
        &old,
        &new,
        "deprecated-code-removed",
        Class::BreakingApi,
        "deprecated code 1000 `TokenExpired` removed: not a wire break, but the variant \
         `TokenExpired` and the constant `TOKEN_EXPIRED` are gone",
    );
}

#[test]
fn code_added() {
    let new = format!(
        "{BASE}  - code: 2002\n    name: CardExpired\n    category: pay\n    description: The card has expired.\n    action: inform_user\n    retryable: false\n"
    );
    let c = only(
        &new,
        "code-added",
        Class::Additive,
        "code 2002 `CardExpired` added",
    );
    assert_eq!(c.new.unwrap().pos.line, 52);
    assert!(c.old.is_none());
}

#[test]
fn code_category_changed() {
    let new = edit(&[(
        "code: 2001\n    name: PaymentTimeout\n    category: pay",
        "code: 2001\n    name: PaymentTimeout\n    category: general",
    )]);
    // 2001 stays in pay's range; a known code's own category is what counts.
    let new = new.replacen(
        "{ first: 0, last: 9 }",
        "{ first: 0, last: 9 }\n      - { first: 2001, last: 2001 }",
        1,
    );
    let changes = diff(BASE, &new);
    let c = find(&changes, "code-category-changed");
    assert_eq!(c.class, Class::Behaviour);
    assert_eq!(
        c.message,
        "code 2001 `PaymentTimeout` moved from category `pay` to `general`"
    );
    // A renamed category is not a move of its codes.
    let renamed =
        edit(&[("key: pay", "key: billing")]).replace("category: pay", "category: billing");
    assert!(
        diff(BASE, &renamed)
            .iter()
            .all(|c| c.rule != "code-category-changed")
    );
}

#[test]
fn action_changed() {
    only(
        &edit(&[("action: retry", "action: contact_support")]),
        "action-changed",
        Class::Behaviour,
        "code 2001 `PaymentTimeout`: action changed from `retry` to `contact_support`",
    );
}

#[test]
fn retryable_changed() {
    let new = edit(&[(
        "action: retry\n    retryable: true",
        "action: retry\n    retryable: false",
    )]);
    only(
        &new,
        "retryable-changed",
        Class::Behaviour,
        "code 2001 `PaymentTimeout`: retryable changed from true to false: retry loops act differently",
    );
}

#[test]
fn code_deprecated() {
    let new = edit(&[(
        "    action: renew_token\n",
        "    action: renew_token\n    deprecated: Tokens no longer expire since 3.0; handle `SessionEnded` instead.\n",
    )]);
    only(
        &new,
        "code-deprecated",
        Class::Additive,
        "code 1000 `TokenExpired` deprecated: uses of the variant `TokenExpired` and the constant \
         `TOKEN_EXPIRED` warn",
    );
}

#[test]
fn code_text_changed() {
    only(
        &edit(&[("The card was declined.", "The bank declined the card.")]),
        "code-text-changed",
        Class::Documentation,
        "code 2000 `CardDeclined`: description changed",
    );
    let new = edit(&[(
        "solution: Renew the token.\n",
        "solution: Call `renew`.\n    cause: Tokens last a day.\n    errata: The table says 1100.\n    sdk_name: ShopTokenExpired\n    zh: { description: 令牌已过期。 }\n    since: \"1.2\"\n",
    )]);
    // The first `zh:` text also makes `zh` one of the catalog's languages.
    let changes = diff(BASE, &new);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    let c = find(&changes, "code-text-changed");
    assert_eq!(c.class, Class::Documentation);
    assert_eq!(
        c.message,
        "code 1000 `TokenExpired`: solution, cause, errata, sdk_name, zh and since (stated) changed"
    );
    assert_eq!(
        find(&changes, "language-added").message,
        "the catalog gains the language `zh`"
    );
    let was = edit(&[(
        "    action: renew_token\n",
        "    action: renew_token\n    deprecated: Use the session API from 3.0 on.\n",
    )]);
    let is = edit(&[(
        "    action: renew_token\n",
        "    action: renew_token\n    deprecated: Use the session API from 3.1 on.\n",
    )]);
    only_between(
        &was,
        &is,
        "code-text-changed",
        Class::Documentation,
        "code 1000 `TokenExpired`: deprecated changed",
    );
    only_between(
        &was,
        BASE,
        "code-text-changed",
        Class::Documentation,
        "code 1000 `TokenExpired`: deprecated (no longer deprecated) changed",
    );
    let zh = edit(&[(
        "solution: Renew the token.\n",
        "solution: Renew the token.\n    zh: { description: 令牌已过期。, solution: 续期。 }\n",
    )]);
    let zh2 = edit(&[(
        "solution: Renew the token.\n",
        "solution: Renew the token.\n    zh: { description: 令牌已过期。, solution: 请续期。 }\n",
    )]);
    only_between(
        &zh,
        &zh2,
        "code-text-changed",
        Class::Documentation,
        "code 1000 `TokenExpired`: zh changed",
    );
}

#[test]
fn since_changed() {
    let v = |version: &str| {
        edit(&[(
            "solution: Renew the token.\n",
            &format!("solution: Renew the token.\n    since: \"{version}\"\n"),
        )])
    };
    only_between(
        &v("1.2"),
        &v("1.3"),
        "since-changed",
        Class::Hygiene,
        "code 1000 `TokenExpired`: since changed from `1.2` to `1.3`: the version a code appeared in does not change",
    );
    only_between(
        &v("1.2"),
        BASE,
        "since-changed",
        Class::Hygiene,
        "code 1000 `TokenExpired`: since changed from `1.2` to nothing: the version a code appeared in does not change",
    );
}

#[test]
fn since_missing() {
    let versioned = edit(&[(
        "solution: Renew the token.\n",
        "solution: Renew the token.\n    since: \"1.2\"\n",
    )]);
    let added = "  - code: 2002\n    name: CardExpired\n    category: pay\n    description: The card has expired.\n    action: inform_user\n    retryable: false\n";
    let changes = diff(&versioned, &format!("{versioned}{added}"));
    assert_eq!(changes.len(), 2, "{changes:#?}");
    let c = find(&changes, "since-missing");
    assert_eq!(c.class, Class::Hygiene);
    assert_eq!(
        c.message,
        "new code 2002 `CardExpired` has no `since`, and the catalog states versions: add the \
         version it appears in"
    );
    // Versions stated in OLD only count too.
    let changes = diff(&versioned, &format!("{BASE}{added}"));
    find(&changes, "since-missing");
    // With a `since`, or in a catalog without versions: nothing to say.
    let with_since = format!("{added}    since: \"1.3\"\n");
    assert_eq!(
        diff(&versioned, &format!("{versioned}{with_since}")).len(),
        1
    );
    assert_eq!(diff(BASE, &format!("{BASE}{added}")).len(), 1);
}

#[test]
fn deprecation_without_reason() {
    let dep = |note: &str| {
        edit(&[(
            "    action: renew_token\n",
            &format!("    action: renew_token\n    deprecated: {note}\n"),
        )])
    };
    let changes = diff(BASE, &dep("deprecated"));
    assert_eq!(changes.len(), 2, "{changes:#?}");
    let c = find(&changes, "deprecation-without-reason");
    assert_eq!(c.class, Class::Hygiene);
    assert_eq!(
        c.message,
        "code 1000 `TokenExpired` is deprecated with the note \"deprecated\", which gives no \
         reason: say why, and what to use instead"
    );
    // Already deprecated in OLD: not this change's doing.
    assert!(
        diff(&dep("deprecated"), &dep("obsolete"))
            .iter()
            .all(|c| c.rule != "deprecation-without-reason")
    );
    // A new code added deprecated.
    let added = "  - code: 2002\n    name: CardExpired\n    category: pay\n    description: The card has expired.\n    action: inform_user\n    retryable: false\n    deprecated: TODO\n";
    let changes = diff(BASE, &format!("{BASE}{added}"));
    assert_eq!(
        find(&changes, "deprecation-without-reason").code,
        Some(2002)
    );
    assert!(find(&changes, "deprecation-without-reason").old.is_none());
    // A reason.
    assert_eq!(diff(BASE, &dep("Use `SessionEnded` from 3.0 on.")).len(), 1);
}

#[test]
fn notes_without_reasons() {
    assert!(rules::gives_no_reason("deprecated"));
    assert!(rules::gives_no_reason("do not use"[..6].trim()));
    assert!(rules::gives_no_reason("TODO: deprecated, obsolete"));
    assert!(rules::gives_no_reason("Deprecated. Unused."));
    assert!(!rules::gives_no_reason("Use `SessionEnded` instead."));
    assert!(!rules::gives_no_reason("deprecated, use v2"));
}

#[test]
fn changes_are_sorted_by_class_then_place() {
    let new = edit(&[
        ("The card was declined.", "The bank declined the card."),
        ("name: TokenExpired", "name: TokenOutdated"),
        ("action: retry", "action: wait"),
        (
            "retryable: true\n  - code: 1001",
            "retryable: false\n  - code: 1001",
        ),
    ]);
    let changes = diff(BASE, &new);
    let rules: Vec<&str> = changes.iter().map(|c| c.rule).collect();
    assert_eq!(
        rules,
        [
            "code-renamed",
            "retryable-changed",
            "action-changed",
            "code-text-changed"
        ]
    );
}

#[test]
fn classes_bumps_and_failing() {
    assert_eq!(Class::ALL.len(), 6);
    let bumps: Vec<Bump> = Class::ALL.iter().map(|c| c.bump()).collect();
    assert_eq!(
        bumps,
        [
            Bump::Major,
            Bump::Major,
            Bump::Minor,
            Bump::Minor,
            Bump::Patch,
            Bump::Patch
        ]
    );
    let breaking: Vec<bool> = Class::ALL.iter().map(|c| c.is_breaking()).collect();
    assert_eq!(breaking, [true, true, false, false, false, false]);
    let fails = |on: FailOn| Class::ALL.iter().map(|&c| on.fails(c)).collect::<Vec<_>>();
    assert_eq!(
        fails(FailOn::Breaking),
        [true, true, false, false, false, false]
    );
    assert_eq!(
        fails(FailOn::Behaviour),
        [true, true, true, false, false, false]
    );
    let ids: Vec<&str> = Class::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(
        ids,
        [
            "breaking-api",
            "breaking-wire",
            "behaviour",
            "additive",
            "documentation",
            "hygiene"
        ]
    );
    let titles: Vec<&str> = Class::ALL.iter().map(|c| c.title()).collect();
    assert_eq!(
        titles,
        [
            "breaking (Rust API)",
            "breaking (wire)",
            "behaviour",
            "additive",
            "documentation",
            "hygiene"
        ]
    );
    let bump_ids: Vec<&str> = [Bump::None, Bump::Patch, Bump::Minor, Bump::Major]
        .iter()
        .map(|b| b.id())
        .collect();
    assert_eq!(bump_ids, ["none", "patch", "minor", "major"]);
    // The bump of several changes is the largest.
    let changes = diff(
        BASE,
        &edit(&[
            ("The card was declined.", "Declined."),
            ("action: retry", "action: wait"),
        ]),
    );
    assert_eq!(bump(&changes), Bump::Minor);
    let changes = diff(BASE, &edit(&[("The card was declined.", "Declined.")]));
    assert_eq!(bump(&changes), Bump::Patch);
}

#[test]
fn json_records_have_the_same_keys() {
    let new = BASE.replacen(TOKEN, "", 1);
    let changes = diff(BASE, &new);
    let value = records(&changes);
    let record = &value[0];
    assert_eq!(record["rule"], "code-removed");
    assert_eq!(record["class"], "breaking-wire");
    assert_eq!(record["breaking"], true);
    assert_eq!(record["semver"], "major");
    assert_eq!(record["code"], 1000);
    assert_eq!(record["category"], serde_json::Value::Null);
    assert_eq!(record["old"]["file"], "old");
    assert_eq!(record["old"]["line"], 27);
    assert_eq!(record["old"]["column"], 11);
    assert_eq!(record["new"], serde_json::Value::Null);
    let mut keys: Vec<&String> = record.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "breaking", "category", "class", "code", "message", "new", "old", "rule", "semver"
        ]
    );
}

#[test]
fn unknown_fields_are_read_from_the_text() {
    let text = "\
wire_names: 1
prefix: shop
vendor:
  code: [SubCode]
categories:
  - key: a
    color: red
codes:
  - code: 1
    name: A
    fr: Un.
  - code: 2
    name: B
";
    let extras = super::side::extras(text, 1, 2);
    let keys: Vec<(&String, usize)> = extras
        .catalog
        .iter()
        .map(|(k, (_, at))| (k, at.line))
        .collect();
    assert_eq!(
        keys,
        [(&"vendor".to_owned(), 3), (&"wire_names".to_owned(), 1)]
    );
    assert_eq!(extras.categories[0].len(), 1);
    assert_eq!(
        extras.categories[0]["color"].0,
        serde_yaml::Value::from("red")
    );
    assert_eq!(extras.codes[0].keys().collect::<Vec<_>>(), ["fr"]);
    assert!(extras.codes[1].is_empty());
    // Not a map: nothing unknown to compare.
    let none = super::side::extras("- 1\n", 0, 0);
    assert!(none.catalog.is_empty());
    let odd = super::side::extras("codes: 1\ncategories: [1]\n", 1, 0);
    assert!(odd.categories[0].is_empty());
}

#[test]
fn sides_are_named_as_written() {
    use super::side::Origin;
    use std::ffi::{OsStr, OsString};
    assert_eq!(
        Origin::from_arg(OsStr::new("client")),
        Origin::Bundled("client")
    );
    assert_eq!(
        Origin::from_arg(OsStr::new("server")),
        Origin::Bundled("server")
    );
    assert_eq!(
        Origin::from_arg(OsStr::new("main:errors.yaml")),
        Origin::Git {
            rev: "main".into(),
            path: "errors.yaml".into()
        }
    );
    for file in [":errors.yaml", "main:", "errors.yaml"] {
        assert_eq!(
            Origin::from_arg(OsStr::new(file)),
            Origin::File(OsString::from(file)),
            "{file}"
        );
    }
    assert_eq!(Origin::Bundled("client").label(), "errors.yaml (bundled)");
    assert_eq!(
        Origin::Bundled("server").label(),
        "zim-server.yaml (bundled)"
    );
    assert_eq!(
        Origin::from_arg(OsStr::new("v1.2:a/b.yaml")).label(),
        "v1.2:a/b.yaml"
    );
    assert_eq!(Origin::File("x.yaml".into()).label(), "x.yaml");
}

#[test]
fn the_server_side_is_the_server_catalog() {
    let server = Side::load(std::ffi::OsStr::new("server")).unwrap();
    let client = Side::load(std::ffi::OsStr::new("client")).unwrap();
    assert_eq!(server.catalog.prefix(), "zim-server");
    assert_eq!(client.catalog.prefix(), "zim");
    assert_eq!(server.label, "zim-server.yaml (bundled)");
}

#[test]
fn adjacent_moves_are_one_span() {
    // `misc` cuts pay's range at 2090 in OLD but loses there (pay is narrower); both
    // halves of 2050–2099 leave `pay` for no category: one span, and `misc` moves nothing.
    let misc = |first: u32| {
        format!(
            "  - key: misc\n    name: Misc\n    title: Other errors\n    ranges:\n      - {{ first: {first}, last: 9999 }}\ncodes:\n"
        )
    };
    let old = edit(&[("codes:\n", &misc(2090))]);
    let new = edit(&[
        ("codes:\n", &misc(2100)),
        ("{ first: 2000, last: 2099 }", "{ first: 2000, last: 2049 }"),
    ]);
    let changes = diff(&old, &new);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert_eq!(
        find(&changes, "range-moves-numbers").message,
        "unknown numbers 2050–2099 move from category `pay` to no category: readers of such \
         codes are told another category"
    );
    assert_eq!(
        find(&changes, "ranges-rewritten").message,
        "category `misc`'s ranges changed from 2090–9999 to 2100–9999; no unknown number moves"
    );
}

#[test]
fn categories_without_ranges_are_not_matched_by_them() {
    let ship = "  - key: ship\n    name: Ship\n    title: Shipping errors\ncodes:\n";
    let mail = "  - key: mail\n    name: Mail\n    title: Mail errors\ncodes:\n";
    let changes = diff(&edit(&[("codes:\n", ship)]), &edit(&[("codes:\n", mail)]));
    let rules: Vec<&str> = changes.iter().map(|c| c.rule).collect();
    assert_eq!(rules, ["category-removed", "category-added"]);
}

#[test]
fn removals_sort_after_changes_located_in_new() {
    // Both breaking (wire): the renumbered code (NEW's line 40) before the removed one
    // (OLD's line 34): changes located in NEW come first, removals after them.
    let new = BASE
        .replacen(
            "  - code: 1001\n    name: BadPassword\n    category: auth\n    description: The password is wrong.\n    action: fix_request\n    retryable: false\n",
            "",
            1,
        )
        .replacen("code: 2001\n", "code: 2050\n", 1);
    let changes = diff(BASE, &new);
    let rules: Vec<&str> = changes.iter().map(|c| c.rule).collect();
    assert_eq!(rules, ["code-renumbered", "code-removed"]);
    assert!(changes[0].new.as_ref().unwrap().pos.line > changes[1].old.as_ref().unwrap().pos.line);
}

#[test]
fn categories_with_other_ranges_are_not_matched_by_them() {
    let ship = "  - key: ship\n    name: Ship\n    title: Shipping errors\n    ranges:\n      - { first: 3000, last: 3099 }\ncodes:\n";
    let mail = "  - key: mail\n    name: Mail\n    title: Mail errors\n    ranges:\n      - { first: 4000, last: 4099 }\ncodes:\n";
    let changes = diff(&edit(&[("codes:\n", ship)]), &edit(&[("codes:\n", mail)]));
    let mut rules: Vec<&str> = changes.iter().map(|c| c.rule).collect();
    rules.sort_unstable();
    assert_eq!(
        rules,
        [
            "category-added",
            "category-removed",
            "range-added",
            "range-moves-numbers"
        ]
    );
}

#[test]
fn an_unchanged_deprecation_is_not_a_text_change() {
    let note = "    action: renew_token\n    deprecated: Use the session API from 3.0 on.\n";
    let old = edit(&[("    action: renew_token\n", note)]);
    let new = edit(&[
        ("    action: renew_token\n", note),
        ("The token has expired.", "The token expired."),
    ]);
    only_between(
        &old,
        &new,
        "code-text-changed",
        Class::Documentation,
        "code 1000 `TokenExpired`: description changed",
    );
}

// Languages, Markdown, wire names and the message label.

/// `BASE` with catalog-level lines before `categories:`.
fn with_top(lines: &str) -> String {
    edit(&[("categories:\n", &format!("{lines}categories:\n"))])
}

const TOKEN_JA: &str = "    retryable: true\n    texts:\n      ja:\n        description: トークンの期限切れ。\n  - code: 1001";

#[test]
fn language_added() {
    let c = only(
        &with_top("languages: [ja]\n"),
        "language-added",
        Class::Additive,
        "the catalog gains the language `ja`",
    );
    assert_eq!(c.new.unwrap().pos, Pos::new(2, 1));
    assert!(c.old.is_none());
}

#[test]
fn language_removed() {
    let c = only_between(
        &with_top("languages: [ja]\n"),
        BASE,
        "language-removed",
        Class::Behaviour,
        "the catalog loses the language `ja`: `description_in(\"ja\")` and `--lang ja` now give \
         the main language's text",
    );
    assert_eq!(c.old.unwrap().pos, Pos::new(2, 1));
}

#[test]
fn main_language_changed() {
    let c = only_between(
        &with_top("language: en\n"),
        &with_top("language: en-GB\n"),
        "main-language-changed",
        Class::Behaviour,
        "the main language changed from `en` to `en-GB`: `description()`, `solution()` and \
         `LANGUAGE` give the text in another language",
    );
    assert_eq!(c.new.unwrap().pos, Pos::new(2, 1));
    // Not declared means `en`: declaring it is no change.
    assert!(diff(BASE, &with_top("language: en\n")).is_empty());
}

#[test]
fn markdown_changed_both_ways() {
    only(
        &with_top("markdown: true\n"),
        "markdown-changed",
        Class::Behaviour,
        "the catalog's texts are now Markdown: `description()`, `Display` and the CLI show \
         links as `text (url)` and drop emphasis markers",
    );
    only_between(
        &with_top("markdown: true\n"),
        BASE,
        "markdown-changed",
        Class::BreakingApi,
        "the catalog's texts are no longer Markdown: the generated `description_markdown()` \
         and `solution_markdown()` are gone",
    );
}

#[test]
fn wire_names_added_and_removed() {
    let both = with_top("wire:\n  code: [SendMsgResult]\n  message: [ErrorDesc]\n");
    let changes = diff(BASE, &both);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    for (change, what, name) in [
        (&changes[0], "code", "SendMsgResult"),
        (&changes[1], "message", "ErrorDesc"),
    ] {
        assert_eq!(
            (change.rule, change.class),
            ("wire-name-added", Class::Additive)
        );
        assert_eq!(
            change.message,
            format!("the catalog declares the {what} field `{name}` in `wire`")
        );
        assert_eq!(change.new.as_ref().unwrap().pos, Pos::new(2, 1));
    }
    let c = only_between(
        &both,
        &with_top("wire:\n  message: [ErrorDesc]\n"),
        "wire-name-removed",
        Class::BreakingWire,
        "the catalog no longer declares the code field `SendMsgResult` in `wire`: answers that \
         carry their code only there no longer read it",
    );
    assert_eq!(c.old.unwrap().pos, Pos::new(2, 1));
}

#[test]
fn message_label_changed() {
    let c = only(
        &with_top("message_label: vendor message\n"),
        "message-label-changed",
        Class::Documentation,
        "`Display` labels an error's message `vendor message` instead of `message`",
    );
    assert_eq!(c.new.unwrap().pos, Pos::new(2, 1));
    // Declaring the default is no change.
    assert!(diff(BASE, &with_top("message_label: message\n")).is_empty());
}

#[test]
fn a_translation_changed_is_documentation() {
    let old = edit(&[
        ("categories:\n", "languages: [ja]\ncategories:\n"),
        ("    retryable: true\n  - code: 1001", TOKEN_JA),
    ]);
    let new = old.replace("トークンの期限切れ。", "トークンが期限切れです。");
    let c = only_between(
        &old,
        &new,
        "code-text-changed",
        Class::Documentation,
        "code 1000 `TokenExpired`: texts.ja changed",
    );
    assert_eq!(c.code, Some(1000));
    // A translation added to an existing language is documentation too.
    only_between(
        &with_top("languages: [ja]\n"),
        &old,
        "code-text-changed",
        Class::Documentation,
        "code 1000 `TokenExpired`: texts.ja changed",
    );
}
