//! Operators on values: arithmetic with Python's int/float rules, comparisons, truthiness and
//! `in`. User classes take part through their dunder methods.

use crate::bytecode::{BinOp, CmpOp};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Kind;
use crate::rt::{class_name, rt};
use crate::value::{intern, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Parses an integer literal too large for i64 (decimal, or 0x/0o/0b with underscores).
pub fn parse_int_literal(text: &str) -> Option<Value> {
    let t = text.replace('_', "");
    let (digits, radix) = match t.get(..2).map(|p| p.to_ascii_lowercase()) {
        Some(p) if p == "0x" => (&t[2..], 16),
        Some(p) if p == "0o" => (&t[2..], 8),
        Some(p) if p == "0b" => (&t[2..], 2),
        _ => (&t[..], 10),
    };
    let b = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(big_to_value_static(b))
}

fn big_to_value_static(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(crate::object::Object::immortal(Kind::BigInt(b))),
    }
}

impl Ctx {
    /// An int value from a BigInt, inline when it fits.
    pub fn int_from_big(&self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(self.alloc(Kind::BigInt(b))),
        }
    }
}

/// The value as a BigInt, if it is an int (or bool).
pub fn as_big(v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(o) => match &o.kind {
            Kind::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The value as an i64 if it is a small int or bool (or an instance of an int subclass).
pub fn as_i64(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        Value::Obj(_) => match crate::native_base::native_of(v)? {
            Value::Int(i) => Some(i),
            _ => None,
        },
        _ => None,
    }
}

fn is_int(v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.kind, Kind::BigInt(_)),
        _ => false,
    }
}

/// The value as a float, if it is a number (OverflowError text if an int is too large).
pub fn as_f64(v: Value) -> Option<Result<f64, &'static str>> {
    match v {
        Value::Float(f) => Some(Ok(f)),
        Value::Int(i) => Some(Ok(i as f64)),
        Value::Bool(b) => Some(Ok(b as i64 as f64)),
        Value::Obj(o) => match &o.kind {
            Kind::BigInt(b) => Some(
                b.to_f64()
                    .filter(|f| f.is_finite())
                    .ok_or("int too large to convert to float"),
            ),
            _ => None,
        },
        _ => None,
    }
}

/// Numeric equality across int, bool and float; None if either is not a number.
pub fn numeric_eq(a: Value, b: Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        _ => {
            if is_int(a) && is_int(b) {
                return Some(as_big(a)? == as_big(b)?);
            }
            let x = as_f64(a)?.ok()?;
            let y = as_f64(b)?.ok()?;
            Some(x == y)
        }
    }
}

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::MatMul => "@",
    }
}

pub(crate) fn dunder(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::And => ("__and__", "__rand__"),
        BinOp::Or => ("__or__", "__ror__"),
        BinOp::Xor => ("__xor__", "__rxor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
    }
}

/// Python's floor division and modulo on i64 (None on overflow or zero divisor).
fn int_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    Some((Integer::div_floor(&a, &b), Integer::mod_floor(&a, &b)))
}

pub use crate::inplace::inplace;

/// `a op b`.
pub fn binary(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    binary_impl(ctx, op, a, b, "", false)
}

/// `a op b` for a binary-operator instruction, which holds nothing else: its first dunder
/// call is entered transparently for the collector (see `gc::roots`).
pub fn binary_instr(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    binary_impl(ctx, op, a, b, "", true)
}

/// `a op b`; `aug` (`"="` or `""`) completes the operator's name in a TypeError.
/// `held_call`: the caller holds nothing but `a` and `b`, so the first dunder call may be
/// transparent to the collector.
pub(crate) fn binary_impl(
    ctx: &mut Ctx,
    op: BinOp,
    a: Value,
    b: Value,
    aug: &str,
    mut held_call: bool,
) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv | BinOp::Mod => {
                if y == 0 {
                    let msg = if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(ctx.zero_division(msg));
                }
                int_divmod(x, y).map(|(q, m)| if op == BinOp::Mod { m } else { q })
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::RShift if y >= 0 => Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y),
            BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(ctx.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                None
            }
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return float_binary(ctx, op, x, y);
    }
    if is_int(a) && is_int(b) {
        return big_binary(ctx, op, a, b);
    }
    if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
        let x = x.map_err(|m| ctx.overflow_error(m))?;
        let y = y.map_err(|m| ctx.overflow_error(m))?;
        return float_binary(ctx, op, x, y);
    }
    if let Some(v) = crate::seqops::binary(ctx, op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = crate::setops::binary(ctx, op, a, b)? {
        return Ok(v);
    }
    if let (BinOp::Or, Some(v)) = (op, crate::builtins::dict_or(ctx, a, b)?) {
        return Ok(v);
    }
    if let Some(v) = crate::dictview::binary(ctx, op, a, b)? {
        return Ok(v);
    }
    let (name, rname) = dunder(op);
    // As CPython: the reflected method only for operands of different types, and first when
    // the right operand's type is a subclass overriding it.
    let (ta, tb) = (rt().type_of(a), rt().type_of(b));
    let reflect = ta != tb;
    let right_first = reflect && crate::rt::is_subclass(tb, ta) && {
        let n = intern(rname);
        let (fa, fb) = (
            crate::attr::class_lookup(ctx, ta, n)?,
            crate::attr::class_lookup(ctx, tb, n)?,
        );
        fb.is_some_and(|f| !fa.is_some_and(|g| g.is(f)))
    };
    let tries = [
        (a, name, b, !right_first),
        (b, rname, a, reflect),
        (a, name, b, right_first),
    ];
    for (x, method, y, go) in tries {
        if !go {
            continue;
        }
        let r = if std::mem::take(&mut held_call) {
            crate::attr::call_dunder_held(ctx, x, method, y)?
        } else {
            crate::attr::call_dunder(ctx, x, method, &[y])?
        };
        if let Some(r) = r {
            if !is_not_implemented(r) {
                return Ok(r);
            }
        }
    }
    if op == BinOp::Mul {
        if let Some(v) = crate::repeat::sequence_repeat(ctx, a, b)? {
            return Ok(v);
        }
    }
    if let Some((x, y)) = crate::native_base::unwrap_pair(a, b) {
        return binary_impl(ctx, op, x, y, aug, false);
    }
    if let (BinOp::Add, Some(e)) = (op, crate::seqops::concat_declined(ctx, a, b)) {
        return Err(e);
    }
    if op == BinOp::Or && is_union_operand(a) && is_union_operand(b) {
        return crate::modules::types_call(ctx, "UnionType", &[a, b]);
    }
    Err(ctx.type_error(format!(
        "unsupported operand type(s) for {}{aug}: '{}' and '{}'",
        op_symbol(op),
        class_name(rt().type_of(a)),
        class_name(rt().type_of(b))
    )))
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    match &rt().builtins.kind {
        Kind::Module(m) => m
            .attrs
            .get(crate::name!("NotImplemented"))
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// A class or None: the operands of `int | None` (a `types.UnionType`).
fn is_union_operand(v: Value) -> bool {
    matches!(v, Value::None) || matches!(v.obj().map(|o| &o.0.kind), Some(Kind::Class(_)))
}

/// Whether `v` is the `NotImplemented` singleton.
pub fn is_not_implemented(v: Value) -> bool {
    match rt().builtins.kind {
        Kind::Module(ref m) => m
            .attrs
            .get(intern("NotImplemented"))
            .is_some_and(|n| n.is(v)),
        _ => false,
    }
}

fn float_binary(ctx: &mut Ctx, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(ctx.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if y == 0.0 {
                let msg = if op == BinOp::Mod {
                    "float modulo"
                } else {
                    "float floor division by zero"
                };
                return Err(ctx.zero_division(msg));
            }
            let (q, m) = crate::format::float_divmod(x, y);
            if op == BinOp::Mod {
                m
            } else {
                q
            }
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(ctx.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // As CPython: a negative base to a fractional power is a complex power.
                let complex = crate::modules::lazy_builtin(ctx, crate::value::intern("complex"))?;
                let base = crate::interp::call::call(
                    ctx,
                    complex.unwrap_or(Value::None),
                    &[Value::Float(x)],
                    &[],
                )?;
                return binary(ctx, BinOp::Pow, base, Value::Float(y));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(ctx.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => {
            return Err(ctx.type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op_symbol(op)
            )))
        }
    };
    Ok(Value::Float(r))
}

fn big_binary(ctx: &mut Ctx, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_big(a), as_big(b)) else {
        return Err(ctx.type_error("unsupported operand"));
    };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                let msg = if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Err(ctx.zero_division(msg));
            }
            let (q, m) = x.div_mod_floor(&y);
            if op == BinOp::Mod {
                m
            } else {
                q
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(ctx.zero_division("division by zero"));
            }
            return Ok(Value::Float(big_true_div(&x, &y)));
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::NEG_INFINITY),
                );
                if fx == 0.0 {
                    return Err(ctx.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(fx.powf(fy)));
            }
            match y.to_u32() {
                Some(e) => num_traits::Pow::pow(x, e),
                None => return Err(ctx.overflow_error("exponent too large")),
            }
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(ctx.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if op == BinOp::LShift {
                if s > 1 << 24 {
                    return Err(ctx.overflow_error("too many digits in integer"));
                }
                x << s
            } else {
                x >> s.min(1 << 30)
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::MatMul => {
            return Err(ctx.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    };
    Ok(ctx.int_from_big(r))
}

/// Correctly rounded enough true division of big ints (exact when both fit in f64's mantissa).
fn big_true_div(x: &BigInt, y: &BigInt) -> f64 {
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => a / b,
        _ => {
            let (q, r) = x.div_rem(y);
            q.to_f64().unwrap_or(f64::INFINITY)
                + r.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(f64::INFINITY)
        }
    }
}

/// Unary `-x`, `+x`, `~x`.
pub fn unary(ctx: &mut Ctx, op: crate::bytecode::UnOp, v: Value) -> PyResult<Value> {
    use crate::bytecode::UnOp;
    match (op, v) {
        (UnOp::Not, _) => Ok(Value::Bool(!truthy(ctx, v)?)),
        (UnOp::Neg, Value::Int(i)) if i != i64::MIN => Ok(Value::Int(-i)),
        (UnOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
        (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (UnOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(v),
        (UnOp::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
        (UnOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        (UnOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
        _ => {
            if let Some(b) = as_big(v) {
                return Ok(match op {
                    UnOp::Neg => ctx.int_from_big(-b),
                    UnOp::Invert => ctx.int_from_big(-b - 1),
                    _ => ctx.int_from_big(b),
                });
            }
            let (name, sym) = match op {
                UnOp::Neg => ("__neg__", "-"),
                UnOp::Pos => ("__pos__", "+"),
                _ => ("__invert__", "~"),
            };
            if let Some(r) = crate::attr::call_dunder(ctx, v, name, &[])? {
                return Ok(r);
            }
            if let Some(n) = crate::native_base::native_of(v) {
                return unary(ctx, op, n);
            }
            Err(ctx.type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                class_name(rt().type_of(v))
            )))
        }
    }
}

/// Python truthiness.
pub fn truthy(ctx: &mut Ctx, v: Value) -> PyResult<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => f != 0.0,
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => !s.s.is_empty(),
            Kind::Bytes(b) => !b.is_empty(),
            Kind::ByteArray(_) => ctx.with_contents(o, |b: &Vec<u8>| !b.is_empty())?,
            Kind::BigInt(_) => true,
            Kind::Tuple(t) => !t.is_empty(),
            Kind::List(_) | Kind::Dict(_) | Kind::Set(_) => ctx.container_nonempty(o)?,
            Kind::FrozenSet(_) => crate::setops::len(ctx, o)? > 0,
            Kind::DictView(d, _) => crate::dictview::len(ctx, *d)? > 0,
            Kind::Range { start, stop, step } => crate::seqops::range_len(*start, *stop, *step) > 0,
            Kind::Instance(_) => {
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__bool__", &[])? {
                    return truthy(ctx, r);
                }
                if let Some(r) = crate::attr::call_dunder(ctx, v, "__len__", &[])? {
                    return Ok(!matches!(r, Value::Int(0)));
                }
                match crate::native_base::native_of(v) {
                    Some(n) => return truthy(ctx, n),
                    None => true,
                }
            }
            _ => true,
        },
    })
}

/// `a == b`.
pub fn eq(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = numeric_eq(a, b) {
        return Ok(r);
    }
    match (a, b) {
        (Value::None, Value::None) => Ok(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if x == y && !matches!(x.kind, Kind::Instance(_)) {
                return Ok(true);
            }
            match (&x.kind, &y.kind) {
                (Kind::Str(s), Kind::Str(t)) => Ok(s.s == t.s),
                (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Bytes(_) | Kind::ByteArray(_)) => {
                    Ok(crate::bytes::compare(ctx, a, b)?.is_some_and(|o| o.is_eq()))
                }
                (Kind::Tuple(p), Kind::Tuple(q)) => seq_eq(ctx, p, q),
                (Kind::List(_), Kind::List(_)) => {
                    let p = ctx.list_items(x)?;
                    let q = ctx.list_items(y)?;
                    seq_eq(ctx, &p, &q)
                }
                (Kind::Dict(_), Kind::Dict(_)) => {
                    let p = ctx.dict_items(x)?;
                    let q = ctx.dict_items(y)?;
                    if p.len() != q.len() {
                        return Ok(false);
                    }
                    for (k, v) in p.iter() {
                        match q.get(k) {
                            Some(w) => {
                                if !eq(ctx, *v, *w)? {
                                    return Ok(false);
                                }
                            }
                            None => return Ok(false),
                        }
                    }
                    Ok(true)
                }
                (Kind::Range { .. }, Kind::Range { .. }) => Ok(crate::seqops::range_eq(x, y)),
                (
                    Kind::Slice {
                        start: a1,
                        stop: b1,
                        step: c1,
                    },
                    Kind::Slice {
                        start: a2,
                        stop: b2,
                        step: c2,
                    },
                ) => seq_eq(ctx, &[*a1, *b1, *c1], &[*a2, *b2, *c2]),
                (Kind::Set(_) | Kind::FrozenSet(_), Kind::Set(_) | Kind::FrozenSet(_)) => {
                    crate::setops::compare(ctx, CmpOp::Eq, a, b)
                }
                _ => user_eq(ctx, a, b),
            }
        }
        _ => user_eq(ctx, a, b),
    }
}

fn user_eq(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = crate::dictview::compare(ctx, CmpOp::Eq, a, b)? {
        return Ok(r);
    }
    for (l, r) in [(a, b), (b, a)] {
        if let Value::Obj(o) = l {
            if matches!(o.kind, Kind::Instance(_)) {
                if let Some(v) = crate::attr::call_dunder(ctx, l, "__eq__", &[r])? {
                    if !is_not_implemented(v) {
                        return truthy(ctx, v);
                    }
                }
            }
        }
    }
    if let Some((x, y)) = crate::native_base::unwrap_pair(a, b) {
        return eq(ctx, x, y);
    }
    Ok(a.is(b))
}

fn seq_eq(ctx: &mut Ctx, p: &[Value], q: &[Value]) -> PyResult<bool> {
    if p.len() != q.len() {
        return Ok(false);
    }
    for (x, y) in p.iter().zip(q.iter()) {
        if !x.is(*y) && !eq(ctx, *x, *y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a < b` (the basis of sorting, min and max).
pub fn lt(ctx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    order(ctx, CmpOp::Lt, a, b)
}

fn order(ctx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let pick = |o: std::cmp::Ordering| match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Gt => o.is_gt(),
        _ => o.is_ge(),
    };
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(pick(x.cmp(&y)));
    }
    if is_int(a) && is_int(b) {
        if let (Some(x), Some(y)) = (as_big(a), as_big(b)) {
            return Ok(pick(x.cmp(&y)));
        }
    }
    if let (Some(Ok(x)), Some(Ok(y))) = (as_f64(a), as_f64(b)) {
        return Ok(match x.partial_cmp(&y) {
            Some(o) => pick(o),
            None => false,
        });
    }
    if let Some(r) = crate::dictview::compare(ctx, op, a, b)? {
        return Ok(r);
    }
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        match (&x.kind, &y.kind) {
            (Kind::Str(s), Kind::Str(t)) => return Ok(pick(s.s.cmp(&t.s))),
            (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Bytes(_) | Kind::ByteArray(_)) => {
                if let Some(o) = crate::bytes::compare(ctx, a, b)? {
                    return Ok(pick(o));
                }
            }
            (Kind::Tuple(p), Kind::Tuple(q)) => return seq_order(ctx, op, &p.clone(), &q.clone()),
            (Kind::List(_), Kind::List(_)) => {
                let p = ctx.list_items(x)?;
                let q = ctx.list_items(y)?;
                return seq_order(ctx, op, &p, &q);
            }
            (Kind::Set(_) | Kind::FrozenSet(_), Kind::Set(_) | Kind::FrozenSet(_)) => {
                return crate::setops::compare(ctx, op, a, b);
            }
            _ => {}
        }
    }
    let (name, rname, sym) = match op {
        CmpOp::Lt => ("__lt__", "__gt__", "<"),
        CmpOp::Le => ("__le__", "__ge__", "<="),
        CmpOp::Gt => ("__gt__", "__lt__", ">"),
        _ => ("__ge__", "__le__", ">="),
    };
    if let Some(r) = crate::attr::call_dunder(ctx, a, name, &[b])? {
        if !is_not_implemented(r) {
            return truthy(ctx, r);
        }
    }
    if let Some(r) = crate::attr::call_dunder(ctx, b, rname, &[a])? {
        if !is_not_implemented(r) {
            return truthy(ctx, r);
        }
    }
    if let Some((x, y)) = crate::native_base::unwrap_pair(a, b) {
        return order(ctx, op, x, y);
    }
    Err(ctx.type_error(format!(
        "'{sym}' not supported between instances of '{}' and '{}'",
        class_name(rt().type_of(a)),
        class_name(rt().type_of(b))
    )))
}

fn seq_order(ctx: &mut Ctx, op: CmpOp, p: &[Value], q: &[Value]) -> PyResult<bool> {
    for (x, y) in p.iter().zip(q.iter()) {
        if !eq(ctx, *x, *y)? {
            return order(ctx, op, *x, *y);
        }
    }
    let o = p.len().cmp(&q.len());
    Ok(match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Gt => o.is_gt(),
        _ => o.is_ge(),
    })
}

/// Any comparison operator.
pub fn compare(ctx: &mut Ctx, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    Ok(Value::Bool(match op {
        CmpOp::Eq => eq(ctx, a, b)?,
        CmpOp::Ne => {
            if let Value::Obj(o) = a {
                if matches!(o.kind, Kind::Instance(_)) {
                    if let Some(v) = crate::attr::call_dunder(ctx, a, "__ne__", &[b])? {
                        if !is_not_implemented(v) {
                            return Ok(Value::Bool(truthy(ctx, v)?));
                        }
                    }
                }
            }
            !eq(ctx, a, b)?
        }
        CmpOp::Is => a.is(b),
        CmpOp::IsNot => !a.is(b),
        CmpOp::In => contains(ctx, b, a)?,
        CmpOp::NotIn => !contains(ctx, b, a)?,
        _ => order(ctx, op, a, b)?,
    }))
}

/// `item in container`.
pub fn contains(ctx: &mut Ctx, container: Value, item: Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        match &o.kind {
            Kind::Bytes(b) => return crate::bytes::contains(ctx, b, item),
            Kind::ByteArray(_) => {
                let b = ctx.contents::<Vec<u8>>(o)?;
                return crate::bytes::contains(ctx, &b, item);
            }
            Kind::Str(s) => {
                return match item.as_str() {
                    Some(t) => Ok(s.s.contains(t)),
                    None => Err(ctx.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        class_name(rt().type_of(item))
                    ))),
                }
            }
            Kind::Dict(_) => {
                let key = crate::userhash::dict_hkey(ctx, o, item)?;
                return Ok(ctx.dict_get(o, key)?.is_some());
            }
            Kind::Set(_) | Kind::FrozenSet(_) => return crate::setops::contains(ctx, o, item),
            Kind::DictView(d, w) => return crate::dictview::contains(ctx, *d, *w, item),
            Kind::Range { start, stop, step } => {
                if let Some(i) = as_i64(item) {
                    let (s, e, st) = (*start, *stop, *step);
                    let inside = if st > 0 {
                        i >= s && i < e
                    } else {
                        i <= s && i > e
                    };
                    return Ok(inside && (i - s) % st == 0);
                }
            }
            Kind::Instance(_) | Kind::Class(_) => {
                if let Some(r) = crate::attr::call_dunder(ctx, container, "__contains__", &[item])?
                {
                    return truthy(ctx, r);
                }
                if let Some(n) = crate::native_base::native_of(container) {
                    return contains(ctx, n, item);
                }
            }
            _ => {}
        }
    }
    let items = crate::iter::collect(ctx, container)?;
    for x in items {
        if x.is(item) || eq(ctx, x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
