//! `random.Random.sample` and `choices`, as CPython 3.11's `random.py` draws them: `sample`'s
//! pool branch for small populations and set branch for large ones, `choices` with and
//! without weights (bisecting cumulative weights with Python comparisons).

use super::args::{to_f64, to_int, type_name, Args, Kwargs};
use super::random::{bind, receiver, Sig};
use crate::bytecode::BinOp;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::{Kind, NativeFn};
use crate::ops::binary;
use crate::value::{ObjRef, Value};
use num_traits::{Signed, ToPrimitive};

/// The sequence methods, installed on `random.Random` and bound in the module.
pub(super) const METHODS: &[(&str, NativeFn)] = &[("sample", sample), ("choices", choices)];

/// `bisect.bisect_right(a, x, 0, hi)` with Python comparisons.
fn bisect_right(ctx: &mut Ctx, a: &[Value], x: Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi.min(a.len()));
    while lo < hi {
        let mid = (lo + hi) / 2;
        if crate::ops::lt(ctx, x, a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(xs))` with Python addition.
fn accumulate(ctx: &mut Ctx, xs: Value) -> PyResult<Vec<Value>> {
    let items = crate::iter::collect(ctx, xs)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let next = match out.last() {
            Some(&acc) => binary(ctx, BinOp::Add, acc, v)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

fn is_sequence(v: Value) -> bool {
    matches!(
        v.obj().map(|o| &o.0.kind),
        Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Range { .. })
    )
}

fn sample(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "sample", recv, args)?;
    let sig = Sig {
        name: "sample",
        params: &["population", "k"],
        required: 2,
        kwonly: &["counts"],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let (population, k) = (p[0].unwrap_or(Value::None), p[1].unwrap_or(Value::None));
    if !is_sequence(population) {
        return Err(
            ctx.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = crate::builtins::len_of(ctx, population)?;
    if let Some(counts) = p[2].filter(|c| !matches!(c, Value::None)) {
        let mut cum = accumulate(ctx, counts)?;
        if cum.len() as i64 != n {
            return Err(ctx.value_error("The number of counts does not match the population"));
        }
        let Some(total) = cum.pop() else {
            return Err(ctx.index_error("pop from empty list"));
        };
        let Some(total) = crate::ops::as_big(total) else {
            return Err(ctx.type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(ctx.value_error("Total of counts must be greater than zero"));
        }
        let Some(total) = total.to_i64() else {
            return Err(ctx.overflow_error("Python int too large to convert to C ssize_t"));
        };
        let range = Value::Obj(ctx.alloc(Kind::Range {
            start: 0,
            stop: total,
            step: 1,
        }));
        let picks = sample_indices(ctx, g, total, k)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let s = crate::seqops::getitem(ctx, range, Value::Int(s))?;
            let idx = bisect_right(ctx, &cum, s, cum.len())?;
            out.push(crate::seqops::getitem(
                ctx,
                population,
                Value::Int(idx as i64),
            )?);
        }
        return Ok(ctx.new_list(out));
    }
    let picks = sample_indices(ctx, g, n, k)?;
    let mut out = Vec::with_capacity(picks.len());
    for j in picks {
        out.push(crate::seqops::getitem(ctx, population, Value::Int(j))?);
    }
    Ok(ctx.new_list(out))
}

/// The population indices `sample(population, k)` picks for a population of `n`: CPython's
/// pool branch for small populations, its set branch for large ones (the draws differ).
fn sample_indices(ctx: &mut Ctx, g: ObjRef, n: i64, k: Value) -> PyResult<Vec<i64>> {
    let Some(k) = crate::ops::as_i64(k) else {
        return Err(ctx.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(k)
        )));
    };
    if !(0 <= k && k <= n) {
        return Err(ctx.value_error("Sample larger than population or is negative"));
    }
    let mut setsize: i64 = 21;
    if k > 5 {
        let e = (((k * 3) as f64).ln() / 4f64.ln()).ceil();
        setsize = setsize.saturating_add(4i64.checked_pow(e as u32).unwrap_or(i64::MAX));
    }
    let (n, k) = (n as u64, k as u64);
    ctx.random_modify(g, |s| {
        if n as i64 <= setsize {
            let mut pool: Vec<i64> = (0..n as i64).collect();
            (0..k)
                .map(|i| {
                    let j = s.below_u64(n - i) as usize;
                    let picked = pool[j];
                    pool[j] = pool[(n - i - 1) as usize];
                    picked
                })
                .collect()
        } else {
            let mut selected = std::collections::HashSet::new();
            (0..k)
                .map(|_| {
                    let mut j = s.below_u64(n);
                    while selected.contains(&j) {
                        j = s.below_u64(n);
                    }
                    selected.insert(j);
                    j as i64
                })
                .collect()
        }
    })
}

fn choices(ctx: &mut Ctx, recv: Option<Value>, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let (g, args) = receiver(ctx, "choices", recv, args)?;
    let sig = Sig {
        name: "choices",
        params: &["population", "weights"],
        required: 1,
        kwonly: &["cum_weights", "k"],
    };
    let p = bind(ctx, &sig, args, kwargs)?;
    let population = p[0].unwrap_or(Value::None);
    let weights = p[1].filter(|v| !matches!(v, Value::None));
    let cum_weights = p[2].filter(|v| !matches!(v, Value::None));
    let k = p[3].unwrap_or(Value::Int(1));
    let n = crate::builtins::len_of(ctx, population)?;
    let count = |ctx: &mut Ctx| -> PyResult<u64> {
        let k = to_int(ctx, k)?;
        Ok(k.to_u64().unwrap_or(0))
    };
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let k = count(ctx)?;
            let draws: Vec<f64> = ctx.random_modify(g, |s| (0..k).map(|_| s.random()).collect())?;
            let mut out = Vec::with_capacity(draws.len());
            for r in draws {
                let j = (r * n as f64).floor() as i64;
                out.push(crate::seqops::getitem(ctx, population, Value::Int(j))?);
            }
            return Ok(ctx.new_list(out));
        }
        (Some(w), None) => match accumulate(ctx, w) {
            Ok(c) => c,
            Err(e) => {
                if let Value::Int(kk) = w {
                    return Err(ctx.type_error(format!(
                        "The number of choices must be a keyword argument: k={kk}"
                    )));
                }
                return Err(e);
            }
        },
        (None, Some(c)) => crate::iter::collect(ctx, c)?,
        (Some(_), Some(_)) => {
            return Err(ctx.type_error("Cannot specify both weights and cumulative weights"))
        }
    };
    if cum.len() as i64 != n {
        return Err(ctx.value_error("The number of weights does not match the population"));
    }
    let Some(&last) = cum.last() else {
        return Err(ctx.index_error("list index out of range"));
    };
    let total = binary(ctx, BinOp::Add, last, Value::Float(0.0))?;
    let total = to_f64(ctx, total)?;
    if total <= 0.0 {
        return Err(ctx.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(ctx.value_error("Total of weights must be finite"));
    }
    let k = count(ctx)?;
    let draws: Vec<f64> = ctx.random_modify(g, |s| (0..k).map(|_| s.random()).collect())?;
    let hi = (n - 1) as usize;
    let mut out = Vec::with_capacity(draws.len());
    for r in draws {
        let j = bisect_right(ctx, &cum, Value::Float(r * total), hi)?;
        out.push(crate::seqops::getitem(
            ctx,
            population,
            Value::Int(j as i64),
        )?);
    }
    Ok(ctx.new_list(out))
}
