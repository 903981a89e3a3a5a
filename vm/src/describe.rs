//! Names for conflict reports, in the user's terms: a location as `counter`, `Stats.calls`,
//! `box.count`, `<dict created at app.py:12>` (`sites`) or `<dict object at 0x...>` (the
//! address `id()` gives), and a step as its task's name and the source line where it
//! resumed. Reads committed storage only, without tracking: a report is a diagnostic, so a
//! value racing with a commit costs nothing but a slightly older name.

use crate::object::Kind;
use crate::rt::{class_name, rt};
use crate::slot::{Loc, Slot};
use crate::value::{intern, ObjRef, Value};

/// Where a step runs: the function and the line it resumed at.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Site {
    /// The function's qualified name.
    pub func: String,
    /// The source file.
    pub file: &'static str,
    /// The line the step starts at (where the coroutine resumes, or the function's first).
    pub line: u32,
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at {}:{}", self.func, self.file, self.line)
    }
}

/// One step, for a report: its task's name (if it is a task step) and its site.
#[derive(Clone, Debug)]
pub struct StepSite {
    /// `Task-3`, or the name given to `create_task`.
    pub task: Option<String>,
    /// Where it starts.
    pub site: Site,
}

/// The step that runs `callback(*args)`: a task step (`_task_step(task)`) is named after the
/// task and sited where its coroutine resumes; a plain callback after its function.
pub fn step(callback: Value, args: &[Value]) -> StepSite {
    // A task woken by a future's done callback runs as its bound method.
    let receiver = callback.obj().and_then(|o| match &o.kind {
        Kind::BoundMethod { receiver, .. } => Some(*receiver),
        _ => None,
    });
    if let Some(Value::Obj(task)) = receiver.or_else(|| args.first().copied()) {
        if let Some(coro) = own(task, "_coro").and_then(|c| c.obj()) {
            if let Kind::Generator(g) = &coro.kind {
                let line = g
                    .inner
                    .lock()
                    .frame
                    .as_ref()
                    .map_or(g.code.first_line, |f| f.line());
                let task_name = match own(task, "_name") {
                    Some(Value::Int(n)) => Some(format!("Task-{n}")),
                    Some(v) => v.as_str().map(str::to_string),
                    None => None,
                };
                return StepSite {
                    task: task_name,
                    site: Site {
                        func: g.qualname.as_str().to_string(),
                        file: g.code.filename,
                        line,
                    },
                };
            }
        }
    }
    let function = callback
        .obj()
        .filter(|o| matches!(o.kind, Kind::Function(_)));
    let site = match function.as_ref().map(|o| &o.kind) {
        Some(Kind::Function(f)) => Site {
            func: f.code.name.as_str().to_string(),
            file: f.code.filename,
            line: f.code.first_line,
        },
        _ => Site {
            func: class_name(rt().type_of(callback)).to_string(),
            file: "<native>",
            line: 0,
        },
    };
    StepSite { task: None, site }
}

/// `obj.name` from committed storage.
fn own(obj: ObjRef, name: &str) -> Option<Value> {
    match Loc::Attr(obj, intern(name)).read_storage() {
        Slot::Value(v) => Some(v),
        _ => None,
    }
}

/// A location in the user's terms.
pub fn location(loc: Loc) -> String {
    match loc {
        Loc::Attr(obj, name) => match object(obj, true) {
            holder if holder.is_empty() => name.as_str().to_string(),
            holder => format!("{holder}.{}", name.as_str()),
        },
        Loc::Contents(obj) => match &obj.kind {
            Kind::Cell(_) => "<closure cell>".to_string(),
            Kind::Iter(_) => "<iterator position>".to_string(),
            Kind::Random(_) => format!("<{} state>", object(obj, false)),
            _ => object(obj, false),
        },
    }
}

/// An object's name: a module's own name (empty for `__main__`, whose globals are named
/// bare), a class's, or the global of `__main__` (or attribute of one of its classes or
/// modules) that holds it; else `<type object>`.
fn object(obj: ObjRef, main_is_empty: bool) -> String {
    match &obj.kind {
        Kind::Module(m) if m.name.as_str() == "__main__" && main_is_empty => String::new(),
        Kind::Module(m) => m.name.as_str().to_string(),
        Kind::Class(c) => c.name.as_str().to_string(),
        Kind::Function(f) => f.code.name.as_str().to_string(),
        _ => bound_name(obj).unwrap_or_else(|| {
            let class = class_name(rt().type_of(Value::Obj(obj)));
            match crate::sites::site(obj) {
                Some(site) => format!("<{class} created at {site}>"),
                None => format!("<{class} object at {:#x}>", obj.addr()),
            }
        }),
    }
}

/// The name `__main__` binds `obj` to: a global, or an attribute of a global class or
/// module (`Config.WEIGHTS`).
fn bound_name(obj: ObjRef) -> Option<String> {
    let main = *rt().modules.lock().get(&intern("__main__"))?;
    let Kind::Module(m) = &main.kind else {
        return None;
    };
    let globals = m.attrs.read();
    let is = |v: &Value| matches!(v, Value::Obj(o) if *o == obj);
    if let Some((name, _)) = globals.iter().find(|(_, v)| is(v)) {
        return Some(name.as_str().to_string());
    }
    for (holder, v) in globals.iter() {
        let Value::Obj(o) = v else { continue };
        let found = match &o.kind {
            Kind::Class(c) if !c.builtin => {
                c.attrs.read().iter().find(|(_, v)| is(v)).map(|e| *e.0)
            }
            Kind::Module(m) if *o != main => {
                m.attrs.read().iter().find(|(_, v)| is(v)).map(|e| *e.0)
            }
            _ => None,
        };
        if let Some(name) = found {
            return Some(format!("{}.{}", holder.as_str(), name.as_str()));
        }
    }
    None
}
