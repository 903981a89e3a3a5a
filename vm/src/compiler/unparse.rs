//! Annotations as text, for `from __future__ import annotations`: CPython stores
//! `ast.unparse(annotation)`, so the text is normalised (quotes by `repr`, one space after
//! commas and around binary operators, parentheses only where precedence needs them), not the
//! source as written.
//!
//! Covers the expressions annotations are made of (names, attributes, subscripts, calls,
//! literals, containers, operators, conditional expressions); anything else (lambdas,
//! comprehensions, f-strings, ...) is refused as unsupported, never written differently.

use crate::format::float_repr;
use crate::repr::str_repr;
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

/// Binding strength, weakest first (CPython's `ast._Precedence`).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BOr,
            BOr => BXor,
            BXor => BAnd,
            BAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power | Atom => Atom,
        }
    }
}

/// `ast.unparse(e)`, or the kind of expression that cannot be written (`Err`).
pub(super) fn unparse(e: &Expr) -> Result<String, &'static str> {
    let mut out = String::new();
    write(&mut out, e, Prec::Test)?;
    Ok(out)
}

fn op_text(op: Operator) -> (&'static str, Prec) {
    use Operator::*;
    match op {
        Add => ("+", Prec::Arith),
        Sub => ("-", Prec::Arith),
        Mult => ("*", Prec::Term),
        MatMult => ("@", Prec::Term),
        Div => ("/", Prec::Term),
        Mod => ("%", Prec::Term),
        FloorDiv => ("//", Prec::Term),
        Pow => ("**", Prec::Power),
        LShift => ("<<", Prec::Shift),
        RShift => (">>", Prec::Shift),
        BitOr => ("|", Prec::BOr),
        BitXor => ("^", Prec::BXor),
        BitAnd => ("&", Prec::BAnd),
    }
}

fn list(out: &mut String, items: &[Expr]) -> Result<(), &'static str> {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, x, Prec::Test)?;
    }
    Ok(())
}

/// Writes `e` where an expression binding at least as strongly as `ctx` is needed.
fn write(out: &mut String, e: &Expr, ctx: Prec) -> Result<(), &'static str> {
    let own = precedence(e);
    let paren = own < ctx;
    if paren {
        out.push('(');
    }
    match e {
        Expr::Name(n) => out.push_str(&n.id),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::StringLiteral(s) => out.push_str(&str_repr(s.value.to_str())),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => out.push_str(&i.to_string()),
            Number::Float(f) if f.is_infinite() => out.push_str("1e309"),
            Number::Float(f) => out.push_str(&float_repr(*f)),
            // A literal's real part is always 0: its repr is the imaginary part's.
            Number::Complex { imag, .. } if imag.is_infinite() => out.push_str("1e309j"),
            Number::Complex { imag, .. } => {
                let r = float_repr(*imag);
                out.push_str(r.strip_suffix(".0").unwrap_or(&r));
                out.push('j');
            }
        },
        Expr::Attribute(a) => {
            write(out, &a.value, Prec::Atom)?;
            out.push('.');
            out.push_str(&a.attr.id);
        }
        Expr::Subscript(s) => {
            write(out, &s.value, Prec::Atom)?;
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    list(out, &t.elts)?;
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => write(out, other, Prec::Tuple)?,
            }
            out.push(']');
        }
        Expr::Call(c) => {
            write(out, &c.func, Prec::Atom)?;
            out.push('(');
            list(out, &c.arguments.args)?;
            for (i, k) in c.arguments.keywords.iter().enumerate() {
                if i > 0 || !c.arguments.args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(out, &k.value, Prec::Test)?;
            }
            out.push(')');
        }
        Expr::Tuple(t) => {
            out.push('(');
            list(out, &t.elts)?;
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            list(out, &l.elts)?;
            out.push(']');
        }
        Expr::Set(s) => {
            out.push('{');
            list(out, &s.elts)?;
            out.push('}');
        }
        Expr::Dict(d) => {
            out.push('{');
            for (i, item) in d.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        write(out, k, Prec::Test)?;
                        out.push_str(": ");
                        write(out, &item.value, Prec::Test)?;
                    }
                    None => {
                        out.push_str("**");
                        write(out, &item.value, Prec::BOr)?;
                    }
                }
            }
            out.push('}');
        }
        Expr::Slice(s) => {
            let part = |out: &mut String, x: &Option<Box<Expr>>| match x {
                Some(x) => write(out, x, Prec::Test),
                None => Ok(()),
            };
            part(out, &s.lower)?;
            out.push(':');
            part(out, &s.upper)?;
            if s.step.is_some() {
                out.push(':');
                part(out, &s.step)?;
            }
        }
        Expr::Starred(s) => {
            out.push('*');
            write(out, &s.value, Prec::BOr)?;
        }
        Expr::BinOp(b) => {
            let (text, p) = op_text(b.op);
            let (left, right) = if p == Prec::Power {
                (p.next(), p)
            } else {
                (p, p.next())
            };
            write(out, &b.left, left)?;
            out.push(' ');
            out.push_str(text);
            out.push(' ');
            write(out, &b.right, right)?;
        }
        Expr::UnaryOp(u) => {
            let (text, operand) = match u.op {
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
                UnaryOp::UAdd => ("+", Prec::Factor),
            };
            out.push_str(text);
            write(out, &u.operand, operand)?;
        }
        Expr::BoolOp(b) => {
            let (text, p) = match b.op {
                ast::BoolOp::And => (" and ", Prec::And),
                ast::BoolOp::Or => (" or ", Prec::Or),
            };
            for (i, v) in b.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                write(out, v, p.next())?;
            }
        }
        Expr::Compare(c) => {
            write(out, &c.left, Prec::Cmp.next())?;
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                out.push(' ');
                out.push_str(op.as_str());
                out.push(' ');
                write(out, right, Prec::Cmp.next())?;
            }
        }
        Expr::If(i) => {
            write(out, &i.body, Prec::Test.next())?;
            out.push_str(" if ");
            write(out, &i.test, Prec::Test.next())?;
            out.push_str(" else ");
            write(out, &i.orelse, Prec::Test)?;
        }
        _ => return Err("this kind of annotation under 'from __future__ import annotations'"),
    }
    if paren {
        out.push(')');
    }
    Ok(())
}

fn precedence(e: &Expr) -> Prec {
    match e {
        Expr::BinOp(b) => op_text(b.op).1,
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::Not) => Prec::Not,
        Expr::UnaryOp(_) => Prec::Factor,
        Expr::BoolOp(b) if matches!(b.op, ast::BoolOp::And) => Prec::And,
        Expr::BoolOp(_) => Prec::Or,
        Expr::Compare(_) => Prec::Cmp,
        Expr::If(_) => Prec::Test,
        _ => Prec::Atom,
    }
}
