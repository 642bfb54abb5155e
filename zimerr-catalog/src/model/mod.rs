//! The catalog in memory: the raw form read from YAML ([`raw`]) and the checked form
//! every later stage trusts ([`Catalog`]), with typed ids instead of bare indices.

mod action;
mod de;
pub mod raw;

pub use action::Action;

/// A catalog every rule of the validate stage holds for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// The namespace of the catalog's diagnostic codes (`zim` in `zim::6000106`): the
    /// catalog's `prefix`, or derived from its file name.
    pub prefix: String,
    /// The categories, in catalog order.
    pub categories: Vec<Category>,
    /// The codes, in catalog order.
    pub codes: Vec<Code>,
    /// JSON field names the catalog declares as carrying a code (`wire.code`), beyond the
    /// built-in [`DEFAULT_CODE_NAMES`](crate::wire::DEFAULT_CODE_NAMES); in declared order.
    pub wire_code_names: Vec<String>,
    /// JSON field names the catalog declares as carrying a message (`wire.message`),
    /// beyond [`DEFAULT_MESSAGE_NAMES`](crate::wire::DEFAULT_MESSAGE_NAMES).
    pub wire_message_names: Vec<String>,
    /// How `Display` labels the message an error arrived with (`SDK message`), when the
    /// catalog says; the runtime's default is `message`.
    pub message_label: Option<String>,
    /// The language of `description` and `solution` (`language`, default `en`).
    pub language: String,
    /// The other languages codes have text in: `languages` as declared, then `zh` when
    /// codes use the `zh` key and `languages` does not list it. Each code's
    /// [`Code::texts`] is indexed like this list.
    pub languages: Vec<String>,
    /// Whether the texts are Markdown (`markdown: true`): links, emphasis and code spans
    /// render in docs, and plain consumers get [`crate::markdown::plain_text`].
    pub markdown: bool,
}

/// A code's text in one of the catalog's other languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// What went wrong, in that language.
    pub description: String,
    /// What to do about it, in that language, when the catalog says.
    pub solution: Option<String>,
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

/// One section of the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// The `snake_case` key codes refer to it by, e.g. `login`.
    pub key: String,
    /// The Rust variant name, e.g. `Login`.
    pub name: String,
    /// The section title, e.g. `Login errors`.
    pub title: String,
    /// Inclusive `(first, last)` ranges the category occupies; they place unknown codes.
    pub ranges: Vec<(u32, u32)>,
    /// A remark about the category.
    pub note: Option<String>,
}

/// One error code.
// `code.code` is the catalog's own word for the number.
#[allow(clippy::struct_field_names)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The number the SDK reports.
    pub code: u32,
    /// The Rust variant name, e.g. `TokenExpired`.
    pub name: String,
    /// `SCREAMING_SNAKE_CASE` of `name`, for the constants module.
    pub constant: String,
    /// The code's category.
    pub category: CategoryId,
    /// What went wrong.
    pub description: String,
    /// What to do about it, when the catalog says.
    pub solution: Option<String>,
    /// What the application should do.
    pub action: Action,
    /// Whether the same request, unchanged, can succeed later, after the action (which
    /// never requires changing the request: never `fix_request`).
    pub retryable: bool,
    /// The official SDK's name for the code.
    pub sdk_name: Option<String>,
    /// Whether this is the catalog's success code.
    pub success: bool,
    /// The original Chinese description.
    pub zh_description: Option<String>,
    /// The original Chinese solution.
    pub zh_solution: Option<String>,
    /// A recorded defect of the source table.
    pub errata: Option<String>,
    /// Why it happens, where the source gives causes apart from the description.
    pub cause: Option<String>,
    /// The version of the product the code appeared in, where a source states it.
    pub since: Option<String>,
    /// Why the code should no longer be used (what replaced it, what it used to mean);
    /// the generated variant and constant are `#[deprecated]` with this note.
    pub deprecated: Option<String>,
    /// The code's text in each of [`Catalog::languages`], same index; `None` where the
    /// code has none (it falls back to the main language). Empty when the catalog has
    /// no other language. The `zh` entry is also in `zh_description`/`zh_solution`.
    pub texts: Vec<Option<Translation>>,
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

    /// The category a code belongs to.
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
