//! The instruction set and code objects.
//!
//! A stack machine close to CPython 3.10's (block stack for try/except/finally, `YieldFrom` for
//! `await`). Operands are indices into the code's tables. Each instruction has a source line in
//! `Code::lines` (same index) for tracebacks.

use crate::value::{Name, Value};

/// Binary operators (also used in-place for augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

/// How CPython 3.11 builds a set display; the table sizes, hence iteration orders, differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetBuild {
    /// `BUILD_SET n`: the elements are added one by one.
    Plain,
    /// More than two constants: folded into a frozenset constant, merged into a new set.
    Folded,
    /// Constants iterated by `for` or a comprehension: the frozenset constant itself.
    Constant,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// The tests of `match` patterns (`Instr::Match`); see `interp::matching`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchOp {
    /// Push whether TOS (kept) is a sequence a sequence pattern can match.
    IsSequence,
    /// Push whether TOS (kept) is a mapping.
    IsMapping,
    /// Push `len(TOS)` (TOS kept).
    Len,
    /// TOS a tuple of keys, TOS1 the subject: pop both, push (with `rest`) the dict of the
    /// other items, then the tuple of the keys' values; `None`s when a key is missing.
    Keys { rest: bool },
    /// TOS a tuple of keyword names, TOS1 the class, TOS2 the subject: pop all, push the tuple
    /// of the `nargs` positional then keyword attributes, or `None` when it does not match.
    Class { nargs: u32 },
}

/// The steps of `async with` and `async for` (`Instr::Async`); see `interp::asyncs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncOp {
    /// Pop the manager; push its bound `__aexit__`, then the result of `__aenter__()`.
    BeforeWith,
    /// Replace TOS by `type(TOS).__aiter__(TOS)`.
    GetAIter,
    /// Push the awaitable `__anext__()` of the async iterator at TOS (kept).
    GetANext,
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push fast local `i` (UnboundLocalError if unset).
    LoadFast(u32),
    /// Pop into fast local `i`.
    StoreFast(u32),
    /// Unset fast local `i`.
    DeleteFast(u32),
    /// Empty cell `i` (UnboundLocalError / NameError if already empty).
    DeleteDeref(u32),
    /// Delete global `names[i]` (NameError if unbound).
    DeleteGlobal(u32),
    /// Class bodies: delete `names[i]` from the namespace (NameError if absent).
    DeleteName(u32),
    /// `del TOS.names[i]`; pops it.
    DeleteAttr(u32),
    /// Push the value of cell `i` (cellvars then freevars).
    LoadDeref(u32),
    /// Pop into cell `i`.
    StoreDeref(u32),
    /// Push cell object `i` itself (for building closures).
    LoadClosure(u32),
    /// Push global (then builtin) `names[i]`.
    LoadGlobal(u32),
    /// Pop into global `names[i]`.
    StoreGlobal(u32),
    /// Class bodies: push `names[i]` from the namespace, then globals, then builtins.
    LoadName(u32),
    /// Class bodies: pop into the namespace.
    StoreName(u32),
    /// Replace TOS by `TOS.names[i]`.
    LoadAttr(u32),
    /// `TOS.names[i] = TOS1`; pops both.
    StoreAttr(u32),
    /// Replace TOS by (method, self) or (NULL-marker, bound) for `CallMethod`.
    LoadMethod(u32),
    /// Call a method loaded by `LoadMethod` with `argc` positional arguments.
    CallMethod(u32),
    /// `TOS1[TOS]`.
    BinarySubscr,
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr,
    /// `del TOS1[TOS]`.
    DeleteSubscr,
    /// Build a slice from 2 or 3 stack items.
    BuildSlice(u32),
    /// Discard TOS.
    Pop,
    /// Duplicate TOS.
    Dup,
    /// Duplicate the top two items.
    Dup2,
    /// Swap the top two items.
    Rot2,
    /// Lift the second and third items one up, move TOS down two.
    Rot3,
    /// Binary operator.
    Binary(BinOp),
    /// In-place binary operator (`+=`).
    Inplace(BinOp),
    /// `global names[i] op= TOS` (TOS a constant or a local, so evaluating it first changes
    /// nothing); pops it. A speculative step may record it as a delta (`delta.rs`).
    AugGlobal(u32, BinOp),
    /// `TOS1.names[i] op= TOS` (TOS a constant or a local); pops both. May be a delta too.
    AugAttr(u32, BinOp),
    /// Unary operator.
    Unary(UnOp),
    /// Comparison.
    Compare(CmpOp),
    /// Jump to instruction index.
    Jump(u32),
    /// Pop; jump if falsy.
    PopJumpIfFalse(u32),
    /// Pop; jump if truthy.
    PopJumpIfTrue(u32),
    /// Jump (keeping TOS) if falsy, else pop.
    JumpIfFalseOrPop(u32),
    /// Jump (keeping TOS) if truthy, else pop.
    JumpIfTrueOrPop(u32),
    /// Replace TOS by `iter(TOS)`.
    GetIter,
    /// Push `next(TOS)`, or pop the iterator and jump when exhausted.
    ForIter(u32),
    /// Call TOS-argc with `argc` positional arguments.
    Call(u32),
    /// Call with `argc` arguments, the last `len(consts[kwnames])` of them by keyword.
    CallKw { argc: u32, kwnames: u32 },
    /// Call with an args tuple and (if the flag is set) a kwargs dict on the stack.
    CallEx { kwargs: bool },
    /// Make a function from code `consts[code]`; flags: 1 defaults tuple, 2 kwdefaults dict,
    /// 8 closure tuple (popped in that order below the code).
    MakeFunction { code: u32, flags: u32 },
    /// Build a tuple from the top `n` items.
    BuildTuple(u32),
    /// Build a list from the top `n` items.
    BuildList(u32),
    /// Build a dict from the top `2n` items (key, value pairs).
    BuildDict(u32),
    /// Build a set (or frozenset) from the top `n` items, the way `how` says CPython does.
    BuildSet { n: u32, how: SetBuild },
    /// Comprehensions and displays: add TOS to the set at stack depth `n` (below TOS).
    SetAdd(u32),
    /// `set.update(TOS)` on TOS1 (`{*it}`); pops TOS.
    SetUpdate,
    /// Concatenate the top `n` strs (f-strings).
    BuildString(u32),
    /// f-string `{x!c:spec}`: conversion 0 none, 1 str, 2 repr, 3 ascii; spec on stack if flagged.
    FormatValue { conversion: u8, has_spec: bool },
    /// Comprehensions: append TOS to the list at stack depth `n` (below TOS).
    ListAppend(u32),
    /// Comprehensions: set key TOS1 to value TOS in the dict at depth `n`.
    DictSetItem(u32),
    /// `list.extend(TOS)` on TOS1 (star-args building).
    ListExtend,
    /// Convert the list at TOS into a tuple.
    ListToTuple,
    /// `dict.update(TOS)` on TOS1 (`**kwargs` in calls).
    DictMerge,
    /// Unpack TOS into exactly `n` items (pushed so that the first is on top).
    UnpackSequence(u32),
    /// Unpack with a starred target: `before` items, a list, `after` items.
    UnpackEx { before: u32, after: u32 },
    /// Return TOS.
    Return,
    /// Yield TOS; the sent value is pushed on resume.
    YieldValue,
    /// Delegate to the iterator at TOS1, sending TOS; push the result when it finishes.
    YieldFrom,
    /// Replace TOS by its awaitable iterator.
    GetAwaitable,
    /// Push an except block with the handler at the given index.
    SetupExcept(u32),
    /// Push a finally block with the handler at the given index.
    SetupFinally(u32),
    /// `with`: pop the manager, push its bound `__exit__`, push a finally block with the
    /// handler at the given index, then push the result of `__enter__()`.
    SetupWith(u32),
    /// `with` handler: call the `__exit__` below the exception with (type, value, traceback)
    /// of the exception being handled; push its result.
    WithExceptStart,
    /// Pop the innermost block (normal exit from a try body).
    PopBlock,
    /// `raise` (0), `raise X` (1), `raise X from Y` (2).
    Raise(u32),
    /// Handler entry: pops the class(es) to match (TOS) and a copy of the exception (TOS1);
    /// pushes whether it matches.
    CheckExcMatch,
    /// Leave an except handler: forget the exception being handled.
    PopExcept,
    /// `except*` handler entry: `[exc]` becomes `[orig, raised list, rest]` (orig and rest
    /// are both the caught exception).
    ExcStarBegin,
    /// `except* T`: pops `T` and the rest below it; pushes the new rest and, on a match, the
    /// matched group, which becomes the exception being handled (until the next match or
    /// `ExcStarEnd`).
    /// With no match, pushes only the rest and jumps.
    ExcStarMatch(u32),
    /// An `except*` clause's body raised: pops the raised exception into the list below the
    /// rest, and leaves the handler of the raise.
    ExcStarCollect,
    /// End of the `except*` clauses: pops `[orig, list, rest]`; raises what CPython's
    /// `PREP_RERAISE_STAR` computes (leaving the handler), or falls through when nothing is left.
    ExcStarEnd,
    /// Re-raise the exception being handled (end of a handler with no match, or of `finally`).
    Reraise,
    /// Build a class: TOS is the namespace dict of the executed body, then (if `kw`) the dict
    /// of class keywords (`metaclass=...`), then the bases tuple; `consts[name]` the name.
    BuildClass { name: u32, kw: bool },
    /// `import`: push the module `names[name]` (dotted), resolved `level` packages up from the
    /// current module's package when relative. Pushes the top-level package of a dotted name
    /// unless `leaf` (for `from ... import` and `import a.b as c`), which pushes the module
    /// itself, as CPython's IMPORT_NAME does with a non-empty fromlist.
    ImportName { name: u32, level: u32, leaf: bool },
    /// `from m import x`: push attribute `names[i]` of the module at TOS (kept), importing
    /// submodule `m.x` when `m` is a package without that attribute.
    ImportFrom(u32),
    /// `from m import *`: bind the public names of the module at TOS (popped) as globals.
    ImportStar,
    /// Push the `locals()` dict of the running function or class body.
    BuildLocals,
    /// An `async with` / `async for` step.
    Async(AsyncOp),
    /// `async with`: with `[aexit, entered]` on the stack, push a finally block with the
    /// handler at the given index whose level is below `entered`.
    SetupAsyncWith(u32),
    /// A `match` pattern test.
    Match(MatchOp),
    /// No operation (jump target padding).
    Nop,
}

/// What kind of scope a code object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// Module top level: names are globals.
    Module,
    /// A class body: names go to a namespace dict.
    Class,
    /// A function.
    Function,
    /// A generator function.
    Generator,
    /// An `async def`.
    Coroutine,
    /// An `async def` with `yield`.
    AsyncGenerator,
}

/// A compiled code object (immutable, shared freely). Aligned to two cache lines so that no
/// other allocation, written by some thread, shares a line with it: every worker running the
/// function reads it on every instruction.
#[derive(Debug)]
#[repr(align(128))]
pub struct Code {
    /// Function name.
    pub name: Name,
    /// Qualified name.
    pub qualname: Name,
    /// Source file path as given on the command line.
    pub filename: &'static str,
    /// Module, class body, function, generator or coroutine.
    pub kind: CodeKind,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Names used by global/attribute/name instructions.
    pub names: Vec<Name>,
    /// Fast locals: parameters first, in order (positional, *args, keyword-only, **kwargs).
    pub varnames: Vec<Name>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Name>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Name>,
    /// For each cellvar that is also a parameter: (cell index, varnames index).
    pub cell_params: Vec<(u32, u32)>,
    /// Number of positional parameters (positional-only included).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonly: u32,
    /// Number of keyword-only parameters.
    pub kwonly: u32,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// First line (the `def`).
    pub first_line: u32,
    /// A function's docstring: its `__doc__` until one is assigned.
    pub doc: Option<Name>,
}

impl Code {
    /// Total parameter slots in `varnames`.
    pub fn nparams(&self) -> usize {
        (self.argcount + self.kwonly) as usize + self.varargs as usize + self.varkw as usize
    }
}
