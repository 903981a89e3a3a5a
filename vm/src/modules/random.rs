//! The `random` module: `random.Random` instances over CPython's Mersenne Twister (`mt.rs`)
//! and the module-level functions bound to one shared instance, as `random.py` binds them.
//!
//! The generator state is one speculation location (`Kind::Random`): every draw reads and
//! writes it through `Ctx::random_modify`, so steps that draw from one generator in parallel
//! conflict and re-run, and each sees exactly the numbers a sequential run would give it.
//! Seeding, state and integer methods live here, `sample`/`choices` in `random_seq.rs`, float
//! distributions in `random_dist.rs`.

use super::args::{to_f64, to_int, type_name, Args, Kwargs};
use super::mt::MtState;
use super::new_module;
use crate::builtins::{arity, def_methods};
use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{AttrMap, Builtin, Kind, Layout, NativeFn, Object, RandomGen};
use crate::ops::binary;
use crate::rt::rt;
use crate::value::{intern, ObjRef, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive};
use parking_lot::Mutex;
use std::sync::{Arc, OnceLock};

/// The signature of a method written in Python in CPython's `random.py`, for binding
/// arguments with the same TypeErrors.
pub(super) struct Sig {
    /// Method name (messages say `Random.<name>()`).
    pub name: &'static str,
    /// Positional-or-keyword parameters after `self`.
    pub params: &'static [&'static str],
    /// How many of `params` have no default.
    pub required: usize,
    /// Keyword-only parameters (all with defaults).
    pub kwonly: &'static [&'static str],
}

/// Binds `args`/`kwargs` to `sig`: one slot per parameter (`params` then `kwonly`).
pub(super) fn bind(
    ctx: &Ctx,
    sig: &Sig,
    args: Args,
    kwargs: Kwargs,
) -> PyResult<Vec<Option<Value>>> {
    let n = sig.params.len();
    if args.len() > n {
        let takes = if sig.required == n {
            format!(
                "{} positional argument{}",
                n + 1,
                if n == 0 { "" } else { "s" }
            )
        } else {
            format!(
                "from {} to {} positional arguments",
                sig.required + 1,
                n + 1
            )
        };
        return Err(ctx.type_error(format!(
            "Random.{}() takes {takes} but {} were given",
            sig.name,
            args.len() + 1
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; n + sig.kwonly.len()];
    for (i, v) in args.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in kwargs {
        let pos = sig
            .params
            .iter()
            .chain(sig.kwonly.iter())
            .position(|p| *p == k.as_str());
        match pos {
            Some(i) if out[i].is_some() => {
                return Err(ctx.type_error(format!(
                    "Random.{}() got multiple values for argument '{}'",
                    sig.name,
                    k.as_str()
                )))
            }
            Some(i) => out[i] = Some(*v),
            None => {
                return Err(ctx.type_error(format!(
                    "Random.{}() got an unexpected keyword argument '{}'",
                    sig.name,
                    k.as_str()
                )))
            }
        }
    }
    let missing: Vec<String> = (0..sig.required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", sig.params[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!(
                "{}, and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        return Err(ctx.type_error(format!(
            "Random.{}() missing {} required positional argument{}: {list}",
            sig.name,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}

/// The generator a method runs on: the bound receiver, or the first argument when the method
/// is called through the class (`random.Random.random(r)`).
pub(super) fn receiver<'a>(
    ctx: &Ctx,
    name: &str,
    recv: Option<Value>,
    args: Args<'a>,
) -> PyResult<(ObjRef, Args<'a>)> {
    let is_gen = |v: Value| matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Random(_)));
    match recv {
        Some(Value::Obj(o)) if is_gen(Value::Obj(o)) => Ok((o, args)),
        _ => match args.first() {
            Some(&Value::Obj(o)) if is_gen(Value::Obj(o)) => Ok((o, &args[1..])),
            _ => Err(ctx.type_error(format!(
                "descriptor '{name}' of '_random.Random' object needs an argument"
            ))),
        },
    }
}

/// `_randbelow(n)` for a positive int `n`, as a Python int.
pub(super) fn randbelow(ctx: &mut Ctx, g: ObjRef, n: &BigInt) -> PyResult<Value> {
    let r = match n.to_u64() {
        Some(small) => BigInt::from(ctx.random_modify(g, |s| s.below_u64(small))?),
        None => ctx.random_modify(g, |s| s.below_big(n))?,
    };
    Ok(ctx.int_from_big(r))
}

/// One `random()` draw.
pub(super) fn draw(ctx: &mut Ctx, g: ObjRef) -> PyResult<f64> {
    ctx.random_modify(g, MtState::random)
}

/// The class `random.Random`.
pub(super) fn random_class() -> ObjRef {
    static C: OnceLock<ObjRef> = OnceLock::new();
    *C.get_or_init(|| {
        let class = crate::rt::new_class(
            0,
            intern("Random"),
            vec![rt().types.object],
            Layout::Builtin,
            AttrMap::default(),
            Some(intern("random")),
        );
        let class = class.unwrap_or(rt().types.object);
        def_methods(class, METHODS);
        def_methods(class, super::random_seq::METHODS);
        def_methods(class, super::random_dist::METHODS);
        // Held by this static: never freed.
        crate::gc::pin(class)
    })
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", random_new),
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("getstate", getstate),
    ("setstate", setstate),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("shuffle", shuffle),
];

/// A new `random` module object; its functions are bound to one shared generator.
pub(super) fn random_module(ctx: &mut Ctx) -> PyResult<ObjRef> {
    let class = random_class();
    let inst = new_generator(ctx, class, None)?;
    let mut a = AttrMap::default();
    a.insert(intern("Random"), Value::Obj(class));
    let all = METHODS
        .iter()
        .chain(super::random_seq::METHODS)
        .chain(super::random_dist::METHODS);
    for (name, f) in all {
        if name.starts_with("__") {
            continue;
        }
        let bound = Object::immortal(Kind::Builtin(Box::new(Builtin {
            name,
            f: *f,
            receiver: Some(Value::Obj(inst)),
            keywords: crate::builtins::Keywords::Own,
        })));
        a.insert(intern(name), Value::Obj(bound));
    }
    Ok(new_module("random", a))
}

fn new_generator(ctx: &mut Ctx, class: ObjRef, seed_arg: Option<Value>) -> PyResult<ObjRef> {
    let state = seeded_state(ctx, seed_arg.unwrap_or(Value::None), Value::Int(2))?;
    Ok(ctx.alloc(Kind::Random(Box::new(RandomGen {
        class,
        state: Mutex::new(Arc::new(state)),
    }))))
}

fn random_new(ctx: &mut Ctx, _: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (cls, rest) = match args.split_first() {
        Some((&Value::Obj(c), rest)) if matches!(c.kind, Kind::Class(_)) => (c, rest),
        _ => return Err(ctx.type_error("Random.__new__(X): X is not a type object")),
    };
    if !kwargs.is_empty() {
        return Err(ctx.type_error("Random() takes no keyword arguments"));
    }
    if rest.len() > 1 {
        return Err(ctx.type_error(format!(
            "Random.__init__() takes from 1 to 2 positional arguments but {} were given",
            rest.len() + 1
        )));
    }
    Ok(Value::Obj(new_generator(ctx, cls, rest.first().copied())?))
}

/// 624 words of OS entropy (`random.seed()` with no argument); falls back to the clock.
fn os_entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; 624 * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if ok.is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// CPython's `hash(float)` (`_Py_HashDouble`) for finite and infinite values.
fn float_hash(v: f64) -> Option<i64> {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314159 } else { -314159 });
    }
    let (mut m, mut e) = super::libm::frexp_f64(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64) * sign;
    Some(if h == -1 { -2 } else { h })
}

/// The state `seed(a, version)` gives a generator.
fn seeded_state(ctx: &mut Ctx, a: Value, version: Value) -> PyResult<MtState> {
    if let Some(n) = crate::ops::as_big(a) {
        return Ok(MtState::from_int(&n));
    }
    match a {
        Value::None => {
            ctx.require_direct()?;
            Ok(MtState::from_key(&os_entropy_key()))
        }
        Value::Float(f) => match float_hash(f) {
            Some(h) => Ok(MtState::from_int(&BigInt::from(h as u64))),
            None => {
                Err(ctx.type_error("specloop: random.seed(nan) hashes by identity; not supported"))
            }
        },
        _ => match a.as_str() {
            Some(s) if crate::ops::as_i64(version) == Some(1) => {
                let mut x: u64 = match s.chars().next() {
                    Some(c) => (c as u64) << 7,
                    None => 0,
                };
                for c in s.chars() {
                    x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
                }
                x ^= s.chars().count() as u64;
                Ok(MtState::from_int(&BigInt::from(x)))
            }
            Some(s) => {
                let bytes = s.as_bytes();
                let mut all = bytes.to_vec();
                all.extend_from_slice(&super::sha512::sha512(bytes));
                let n = BigInt::from_bytes_be(num_bigint::Sign::Plus, &all);
                Ok(MtState::from_int(&n))
            }
            None => Err(ctx.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        },
    }
}

fn seed(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "seed", recv, args)?;
    let sig = Sig {
        name: "seed",
        params: &["a", "version"],
        required: 0,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let state = seeded_state(
        ctx,
        p[0].unwrap_or(Value::None),
        p[1].unwrap_or(Value::Int(2)),
    )?;
    ctx.random_set(g, state);
    Ok(Value::None)
}

fn random(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "random", recv, args)?;
    arity(ctx, "Random.random", args, 0, 0)?;
    Ok(Value::Float(draw(ctx, g)?))
}

fn getrandbits(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "getrandbits", recv, args)?;
    arity(ctx, "Random.getrandbits", args, 1, 1)?;
    let k = to_int(ctx, args[0])?;
    if k.is_negative() {
        return Err(ctx.value_error("number of bits must be non-negative"));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i32::MAX as u64) else {
        return Err(ctx.overflow_error("Python int too large to convert to C int"));
    };
    if k <= 63 {
        return Ok(Value::Int(
            ctx.random_modify(g, |s| s.bits_u64(k as u32))? as i64
        ));
    }
    let big = ctx.random_modify(g, |s| s.bits_big(k))?;
    Ok(ctx.int_from_big(BigInt::from(big)))
}

fn getstate(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "getstate", recv, args)?;
    arity(ctx, "Random.getstate", args, 0, 0)?;
    let s = ctx.random_read(g)?;
    let mut words: Vec<Value> = s.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(s.index as i64));
    let internal = ctx.new_tuple(words);
    let gauss = s.gauss_next.map_or(Value::None, Value::Float);
    Ok(ctx.new_tuple(vec![Value::Int(3), internal, gauss]))
}

fn setstate(ctx: &mut Ctx, recv: Option<Value>, args: Args, _: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "setstate", recv, args)?;
    arity(ctx, "Random.setstate", args, 1, 1)?;
    let parts = crate::iter::collect(ctx, args[0])?;
    let version = parts.first().copied().unwrap_or(Value::None);
    let v = crate::ops::as_i64(version);
    if v != Some(2) && v != Some(3) {
        let shown = crate::repr::str_of(ctx, version)?;
        return Err(ctx.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    if parts.len() != 3 {
        return Err(ctx.value_error(if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        }));
    }
    let words = match parts[1].obj().map(|o| &o.0.kind) {
        Some(Kind::Tuple(t)) if t.len() == 625 => t.clone(),
        Some(Kind::Tuple(_)) => return Err(ctx.value_error("state vector is the wrong size")),
        _ => return Err(ctx.type_error("state vector must be a tuple")),
    };
    let modulus = BigInt::from(1u64 << 32);
    let words = if v == Some(2) {
        let mut reduced = Vec::with_capacity(words.len());
        for &w in words.iter() {
            let w = to_int(ctx, w)?.mod_floor(&modulus);
            reduced.push(ctx.int_from_big(w));
        }
        reduced.into_boxed_slice()
    } else {
        words
    };
    let mut st = MtState::from_key(&[0]);
    for (i, &w) in words.iter().enumerate() {
        let w = to_int(ctx, w)?;
        let Some(w) = w.to_u64() else {
            return Err(ctx.overflow_error("Python int too large to convert to C unsigned long"));
        };
        if i < 624 {
            st.mt[i] = w as u32;
        } else if w > 624 {
            return Err(ctx.value_error("invalid state"));
        } else {
            st.index = w as usize;
        }
    }
    st.gauss_next = match parts[2] {
        Value::None => None,
        v => Some(to_f64(ctx, v)?),
    };
    ctx.random_set(g, st);
    Ok(Value::None)
}

/// A randrange argument as an int: ints as they are; integral floats accepted as CPython
/// 3.11 accepts them (it also prints a DeprecationWarning, which specloop does not).
fn range_arg(ctx: &mut Ctx, v: Value, which: &str) -> PyResult<BigInt> {
    if let Some(n) = crate::ops::as_big(v) {
        return Ok(n);
    }
    match v {
        Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
            Ok(BigInt::from_f64(f).unwrap_or_default())
        }
        Value::Float(f) if f.is_nan() => {
            Err(ctx.value_error("cannot convert float NaN to integer"))
        }
        Value::Float(f) if f.is_infinite() => {
            Err(ctx.overflow_error("cannot convert float infinity to integer"))
        }
        Value::Float(_) => Err(ctx.value_error(format!("non-integer {which} for randrange()"))),
        Value::Obj(o) if matches!(o.kind, Kind::Instance(_)) => to_int(ctx, v),
        _ => Err(ctx.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

fn randrange_impl(
    ctx: &mut Ctx,
    g: ObjRef,
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    // Fast path for the common `randrange(n)`, `randrange(a, b)` and `randint(a, b)` on small
    // ints: the same draws as below, without big-int arithmetic.
    let stop = stop.filter(|v| !matches!(v, Value::None));
    if let (Value::Int(a), None | Some(Value::Int(1))) = (start, step) {
        let (lo, width) = match stop {
            None => (0i128, a as i128),
            Some(Value::Int(b)) => (a as i128, b as i128 - a as i128),
            Some(_) => (0, 0),
        };
        if width > 0 && width <= u64::MAX as i128 {
            let r = ctx.random_modify(g, |s| s.below_u64(width as u64))?;
            let v = lo + r as i128;
            return Ok(match i64::try_from(v) {
                Ok(i) => Value::Int(i),
                Err(_) => ctx.int_from_big(BigInt::from(v)),
            });
        }
    }
    let istart = range_arg(ctx, start, "arg 1")?;
    let Some(stop) = stop else {
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(ctx.type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return randbelow(ctx, g, &istart);
        }
        return Err(ctx.value_error("empty range for randrange()"));
    };
    let istop = range_arg(ctx, stop, "stop")?;
    let width = &istop - &istart;
    let istep = range_arg(ctx, step.unwrap_or(Value::Int(1)), "step")?;
    if istep.is_one() {
        if width.is_positive() {
            let r = randbelow(ctx, g, &width)?;
            return binary(ctx, BinOp::Add, ctx.int_from_big(istart), r);
        }
        return Err(ctx.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::one()).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::one()).div_floor(&istep)
    } else {
        return Err(ctx.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(ctx.value_error("empty range for randrange()"));
    }
    let r = crate::ops::as_big(randbelow(ctx, g, &n)?).unwrap_or_default();
    Ok(ctx.int_from_big(istart + istep * r))
}

fn randrange(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "randrange", recv, args)?;
    let sig = Sig {
        name: "randrange",
        params: &["start", "stop", "step"],
        required: 1,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    randrange_impl(ctx, g, p[0].unwrap_or(Value::None), p[1], p[2])
}

fn randint(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "randint", recv, args)?;
    let sig = Sig {
        name: "randint",
        params: &["a", "b"],
        required: 2,
        kwonly: &[],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let (a, b) = (p[0].unwrap_or(Value::None), p[1].unwrap_or(Value::None));
    let stop = binary(ctx, BinOp::Add, b, Value::Int(1))?;
    randrange_impl(ctx, g, a, Some(stop), None)
}

fn choice(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "choice", recv, args)?;
    let sig = Sig {
        name: "choice",
        params: &["seq"],
        required: 1,
        kwonly: &[],
    };
    let seq = bind(ctx, &sig, args, kwargs)?[0].unwrap_or(Value::None);
    let n = crate::builtins::len_of(ctx, seq)?;
    if n == 0 {
        return Err(ctx.index_error("Cannot choose from an empty sequence"));
    }
    let j = randbelow(ctx, g, &BigInt::from(n))?;
    crate::seqops::getitem(ctx, seq, j)
}

fn shuffle(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "shuffle", recv, args)?;
    let sig = Sig {
        name: "shuffle",
        params: &["x"],
        required: 1,
        kwonly: &[],
    };
    let x = bind(ctx, &sig, args, kwargs)?[0].unwrap_or(Value::None);
    let n = crate::builtins::len_of(ctx, x)? as u64;
    match x {
        Value::Obj(list) if matches!(list.kind, Kind::List(_)) => {
            let swaps: Vec<(usize, usize)> = ctx.random_modify(g, |s| {
                (1..n)
                    .rev()
                    .map(|i| (i as usize, s.below_u64(i + 1) as usize))
                    .collect()
            })?;
            ctx.list_modify(list, |items| {
                for (i, j) in swaps {
                    if i < items.len() && j < items.len() {
                        items.swap(i, j);
                    }
                }
            })?;
        }
        _ => {
            for i in (1..n).rev() {
                let j = Value::Int(ctx.random_modify(g, |s| s.below_u64(i + 1))? as i64);
                let i = Value::Int(i as i64);
                let xj = crate::seqops::getitem(ctx, x, j)?;
                let xi = crate::seqops::getitem(ctx, x, i)?;
                crate::seqops::setitem(ctx, x, i, xj)?;
                crate::seqops::setitem(ctx, x, j, xi)?;
            }
        }
    }
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::float_hash;

    #[test]
    fn float_hash_matches_cpython() {
        assert_eq!(float_hash(1.0), Some(1));
        assert_eq!(float_hash(1.5), Some(1152921504606846977));
        assert_eq!(float_hash(-2.5), Some(-1152921504606846978));
        assert_eq!(float_hash(1e300), Some(1224995262755759164));
        assert_eq!(float_hash(-1.0), Some(-2));
    }
}
