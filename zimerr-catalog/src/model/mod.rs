//! The catalog in memory: the raw form read from YAML ([`raw`]) and the checked form
//! every later stage trusts ([`Catalog`]), with typed ids instead of bare indices.

mod action;
mod de;
pub mod raw;

pub use action::Action;

/// A catalog every rule of the catalog format holds for: made only by
/// [`check`](crate::check), read through its methods.
///
/// What holds, and what the expansion relies on: at least one category (at most 255)
/// and one code; code numbers, variant names, constant names and category keys unique;
/// every name a Rust identifier that is no keyword; every code's category one of
/// [`categories`](Self::categories); at most one success code; every
/// [`Code::texts`] as long as [`languages`](Self::languages).
///
/// ```
/// use zimerr_catalog::{SourceText, check};
///
/// let catalog = check(&SourceText::bundled())?;
/// for code in catalog.codes().iter().filter(|c| c.retryable()).take(3) {
///     let category = catalog.category_of(code);
///     println!("{} {} ({}): {}", code.code(), code.name(), category.title(), code.description());
/// }
/// // Unknown numbers are placed by the categories' ranges, as the generated `of_code` does.
/// assert_eq!(catalog.place(6000199).map(|c| c.key()), Some("login"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Catalog {
    /// The namespace of the catalog's diagnostic codes (`zim` in `zim::6000106`): the
    /// catalog's `prefix`, or derived from its file name.
    pub(crate) prefix: String,
    /// The categories, in catalog order.
    pub(crate) categories: Vec<Category>,
    /// The codes, in catalog order.
    pub(crate) codes: Vec<Code>,
    /// JSON field names the catalog declares as carrying a code (`wire.code`), beyond the
    /// built-in [`DEFAULT_CODE_NAMES`](crate::wire::DEFAULT_CODE_NAMES); in declared order.
    pub(crate) wire_code_names: Vec<String>,
    /// JSON field names the catalog declares as carrying a message (`wire.message`),
    /// beyond [`DEFAULT_MESSAGE_NAMES`](crate::wire::DEFAULT_MESSAGE_NAMES).
    pub(crate) wire_message_names: Vec<String>,
    /// How `Display` labels the message an error arrived with (`SDK message`), when the
    /// catalog says; the runtime's default is `message`.
    pub(crate) message_label: Option<String>,
    /// The language of `description` and `solution` (`language`, default `en`).
    pub(crate) language: String,
    /// The other languages codes have text in: `languages` as declared, then `zh` when
    /// codes use the `zh` key and `languages` does not list it. Each code's
    /// [`Code::texts`] is indexed like this list.
    pub(crate) languages: Vec<String>,
    /// Whether the texts are Markdown (`markdown: true`): links, emphasis and code spans
    /// render in docs, and plain consumers get [`crate::markdown::plain_text`].
    pub(crate) markdown: bool,
}

/// A code's text in one of the catalog's other languages.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Translation {
    /// What went wrong, in that language.
    pub(crate) description: String,
    /// What to do about it, in that language, when the catalog says.
    pub(crate) solution: Option<String>,
}

/// The position of a category in [`Catalog::categories`]. Validation caps a catalog at
/// 255 categories, so it fits the `u8` tables the generated code indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CategoryId(u8);

impl CategoryId {
    /// The first category's id.
    pub const FIRST: CategoryId = CategoryId(0);

    /// The id of the category at `index`, if a catalog can have that many.
    pub fn new(index: usize) -> Option<Self> {
        u8::try_from(index).ok().map(CategoryId)
    }

    /// The index into [`Catalog::categories`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The index as stored in generated `u8` tables.
    pub fn as_u8(self) -> u8 {
        self.0
    }
}

/// One section of the catalog: a key codes refer to, a Rust variant name, a title, and
/// the number ranges that place unknown codes in it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Category {
    /// The `snake_case` key codes refer to it by, e.g. `login`.
    pub(crate) key: String,
    /// The Rust variant name, e.g. `Login`.
    pub(crate) name: String,
    /// The section title, e.g. `Login errors`.
    pub(crate) title: String,
    /// Inclusive `(first, last)` ranges the category occupies; they place unknown codes.
    pub(crate) ranges: Vec<(u32, u32)>,
    /// A remark about the category.
    pub(crate) note: Option<String>,
}

/// One error code of a [`Catalog`]: its number, names, texts and what to do about it.
// `code.code` is the catalog's own word for the number.
#[allow(clippy::struct_field_names)]
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Code {
    /// The number the SDK reports.
    pub(crate) code: u32,
    /// The Rust variant name, e.g. `TokenExpired`.
    pub(crate) name: String,
    /// `SCREAMING_SNAKE_CASE` of `name`, for the constants module.
    pub(crate) constant: String,
    /// The code's category.
    pub(crate) category: CategoryId,
    /// What went wrong.
    pub(crate) description: String,
    /// What to do about it, when the catalog says.
    pub(crate) solution: Option<String>,
    /// What the application should do.
    pub(crate) action: Action,
    /// Whether the same request, unchanged, can succeed later, after the action (which
    /// never requires changing the request: never `fix_request`).
    pub(crate) retryable: bool,
    /// The official SDK's name for the code.
    pub(crate) sdk_name: Option<String>,
    /// Whether this is the catalog's success code.
    pub(crate) success: bool,
    /// The original Chinese description.
    pub(crate) zh_description: Option<String>,
    /// The original Chinese solution.
    pub(crate) zh_solution: Option<String>,
    /// A recorded defect of the source table.
    pub(crate) errata: Option<String>,
    /// Why it happens, where the source gives causes apart from the description.
    pub(crate) cause: Option<String>,
    /// The version of the product the code appeared in, where a source states it.
    pub(crate) since: Option<String>,
    /// Why the code should no longer be used (what replaced it, what it used to mean);
    /// the generated variant and constant are `#[deprecated]` with this note.
    pub(crate) deprecated: Option<String>,
    /// The code's text in each of [`Catalog::languages`], same index; `None` where the
    /// code has none (it falls back to the main language). Empty when the catalog has
    /// no other language. The `zh` entry is also in `zh_description`/`zh_solution`.
    pub(crate) texts: Vec<Option<Translation>>,
}

// Read-only accessors: the fields stay private so a `Catalog` is only ever what
// validation made (`crate::check`), and a field added later breaks no caller.
impl Catalog {
    /// The namespace of the catalog's diagnostic codes (`zim` in `zim::6000106`): the
    /// catalog's `prefix`, or derived from its file name (`billing.yaml` → `billing`).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The categories, in catalog order; never empty. [`CategoryId::index`] indexes it.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The codes, in catalog order; never empty, numbers and names unique.
    pub fn codes(&self) -> &[Code] {
        &self.codes
    }

    /// JSON field names the catalog declares as carrying a code (`wire.code`), beyond the
    /// built-in [`DEFAULT_CODE_NAMES`](crate::wire::DEFAULT_CODE_NAMES); in declared order.
    pub fn wire_code_names(&self) -> &[String] {
        &self.wire_code_names
    }

    /// JSON field names the catalog declares as carrying a message (`wire.message`),
    /// beyond [`DEFAULT_MESSAGE_NAMES`](crate::wire::DEFAULT_MESSAGE_NAMES).
    pub fn wire_message_names(&self) -> &[String] {
        &self.wire_message_names
    }

    /// How `Display` labels the message an error arrived with (`SDK message`), when the
    /// catalog says (`message_label`); the runtime's default is `message`.
    pub fn message_label(&self) -> Option<&str> {
        self.message_label.as_deref()
    }

    /// The language of `description` and `solution` (`language`, default `en`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The other languages codes have text in: `languages` as declared, then `zh` when
    /// codes use the `zh` key and `languages` does not list it. [`Code::texts`] is
    /// indexed like this list.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Whether the texts are Markdown (`markdown: true`); plain consumers pass them
    /// through [`crate::markdown::plain_text`].
    pub fn markdown(&self) -> bool {
        self.markdown
    }
}

impl Translation {
    /// What went wrong, in that language.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// What to do about it, in that language, when the catalog says.
    pub fn solution(&self) -> Option<&str> {
        self.solution.as_deref()
    }
}

impl Category {
    /// The `snake_case` key codes refer to it by, e.g. `login`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The Rust variant name, e.g. `Login`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The section title, e.g. `Login errors`.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Inclusive `(first, last)` ranges the category occupies; they place unknown codes
    /// ([`Catalog::place`]). May be empty.
    pub fn ranges(&self) -> &[(u32, u32)] {
        &self.ranges
    }

    /// A remark about the category, when the catalog has one.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

impl Code {
    /// The number the SDK reports, e.g. `6000106`.
    pub fn code(&self) -> u32 {
        self.code
    }

    /// The Rust variant name, e.g. `TokenExpired`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `SCREAMING_SNAKE_CASE` of [`name`](Self::name), the constant's name in the
    /// generated constants module, e.g. `TOKEN_EXPIRED`.
    pub fn constant(&self) -> &str {
        &self.constant
    }

    /// The code's category; [`Catalog::category_of`] gives the category itself.
    pub fn category(&self) -> CategoryId {
        self.category
    }

    /// What went wrong.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// What to do about it, when the catalog says.
    pub fn solution(&self) -> Option<&str> {
        self.solution.as_deref()
    }

    /// What the application should do.
    pub fn action(&self) -> Action {
        self.action
    }

    /// Whether the same request, unchanged, can succeed later, after the action (which
    /// then never requires changing the request: never [`Action::FixRequest`]).
    pub fn retryable(&self) -> bool {
        self.retryable
    }

    /// The official SDK's name for the code, when the catalog records it.
    pub fn sdk_name(&self) -> Option<&str> {
        self.sdk_name.as_deref()
    }

    /// Whether this is the catalog's success code (at most one per catalog).
    pub fn success(&self) -> bool {
        self.success
    }

    /// The original Chinese description (`zh`), when the catalog has it.
    pub fn zh_description(&self) -> Option<&str> {
        self.zh_description.as_deref()
    }

    /// The original Chinese solution, when the catalog has it.
    pub fn zh_solution(&self) -> Option<&str> {
        self.zh_solution.as_deref()
    }

    /// A recorded defect of the source table.
    pub fn errata(&self) -> Option<&str> {
        self.errata.as_deref()
    }

    /// Why it happens, where the source gives causes apart from the description.
    pub fn cause(&self) -> Option<&str> {
        self.cause.as_deref()
    }

    /// The version of the product the code appeared in, where a source states it.
    pub fn since(&self) -> Option<&str> {
        self.since.as_deref()
    }

    /// Why the code should no longer be used, when it is deprecated: the generated
    /// variant and constant are `#[deprecated]` with this note.
    pub fn deprecated(&self) -> Option<&str> {
        self.deprecated.as_deref()
    }

    /// The code's text in each of [`Catalog::languages`], same index; `None` where the
    /// code has none (it falls back to the main language). Empty when the catalog has no
    /// other language. [`Catalog::translation`] reads one.
    pub fn texts(&self) -> &[Option<Translation>] {
        &self.texts
    }
}

impl Catalog {
    /// The text of `code` in language `index` of [`Catalog::languages`], if it has one.
    pub fn translation<'a>(&self, code: &'a Code, index: usize) -> Option<&'a Translation> {
        code.texts.get(index).and_then(Option::as_ref)
    }

    /// Which language `tag` asks for: `Some(None)` the main one, `Some(Some(i))`
    /// [`Catalog::languages`]`[i]`, `None` one the catalog does not have. The rules of
    /// the generated `description_in` (the runtime's `__private::language_index`; a test
    /// of the workspace holds the two to the same answers): ASCII case and `_`/`-`
    /// ignored, the tag shortened from the right (`zh-Hans-CN`, `zh-Hans`, `zh`), then a
    /// catalog tag that extends the tag or one of its shortenings (`zh-CN` finds
    /// `zh-Hans`), the main language first.
    pub fn language_index(&self, tag: &str) -> Option<Option<usize>> {
        fn same(a: &str, b: &str) -> bool {
            a.len() == b.len()
                && a.bytes().zip(b.bytes()).all(|(x, y)| {
                    x.eq_ignore_ascii_case(&y)
                        || (matches!(x, b'-' | b'_') && matches!(y, b'-' | b'_'))
                })
        }
        fn extends(tag: &str, prefix: &str) -> bool {
            tag.len() > prefix.len()
                && matches!(tag.as_bytes()[prefix.len()], b'-' | b'_')
                && tag.is_char_boundary(prefix.len())
                && same(&tag[..prefix.len()], prefix)
        }
        let tag = tag.trim();
        let mut prefix = tag;
        loop {
            if same(prefix, &self.language) {
                return Some(None);
            }
            if let Some(i) = self.languages.iter().position(|l| same(prefix, l)) {
                return Some(Some(i));
            }
            match prefix.rfind(['-', '_']) {
                Some(cut) => prefix = &prefix[..cut],
                None => break,
            }
        }
        let mut prefix = tag;
        while !prefix.is_empty() {
            if extends(&self.language, prefix) {
                return Some(None);
            }
            if let Some(i) = self.languages.iter().position(|l| extends(l, prefix)) {
                return Some(Some(i));
            }
            prefix = &prefix[..prefix.rfind(['-', '_'])?];
        }
        None
    }

    /// The category a code of this catalog belongs to.
    ///
    /// # Panics
    ///
    /// If `code` comes from another catalog with fewer categories, as indexing a slice
    /// out of bounds does; [`categories`](Self::categories)`.get(code.category().index())`
    /// does not.
    pub fn category_of(&self, code: &Code) -> &Category {
        &self.categories[code.category.index()]
    }

    /// The code with number `code`, if the catalog has it.
    pub fn find(&self, code: u32) -> Option<&Code> {
        self.codes.iter().find(|c| c.code == code)
    }

    /// The category whose ranges place `code`: a known code's own category, otherwise the
    /// narrowest range holding it (ties: catalog order), as the generated `of_code` does.
    pub fn place(&self, code: u32) -> Option<&Category> {
        if let Some(known) = self.find(code) {
            return Some(self.category_of(known));
        }
        self.ranges_narrowest_first()
            .into_iter()
            .find(|&(first, last, _)| (first..=last).contains(&code))
            .map(|(_, _, id)| &self.categories[id.index()])
    }

    /// Every `(first, last, category)` range, narrowest first, ties in catalog order: the
    /// order in which unknown codes are placed.
    pub fn ranges_narrowest_first(&self) -> Vec<(u32, u32, CategoryId)> {
        let mut placed: Vec<(u32, u32, CategoryId)> = self
            .categories
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((CategoryId::new(i)?, c)))
            .flat_map(|(id, c)| c.ranges.iter().map(move |&(a, b)| (a, b, id)))
            .collect();
        placed.sort_by_key(|&(a, b, id)| (b - a, id, a));
        placed
    }
}
