//! The mark phase: what each object, frame and loop structure refers to.
//!
//! Invariant: `children` lists every value an object can hand back to the program, from its
//! committed storage (no speculative versions exist at a safe point). A kind added to `Kind`
//! must be added here; the match is exhaustive so the compiler insists.

use crate::ctx::Ctx;
use crate::effects::{loop_state, Effect, Handle};
use crate::interp::frame::Frame;
use crate::object::{GenInner, Hold, IterSource, Kind};
use crate::value::{ObjRef, Value};

/// Marks objects in one epoch, depth-first with an explicit stack (no recursion, so long
/// chains cannot overflow the Rust stack).
pub struct Tracer {
    epoch: u32,
    stack: Vec<ObjRef>,
}

impl Tracer {
    /// A tracer for mark epoch `epoch`.
    pub fn new(epoch: u32) -> Tracer {
        Tracer {
            epoch,
            stack: Vec::new(),
        }
    }

    /// The epoch it marks with.
    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// Marks `o` and queues it for tracing if this is the first time.
    #[inline]
    pub fn obj(&mut self, o: ObjRef) {
        if o.gc.mark(self.epoch) {
            self.stack.push(o);
        }
    }

    /// Marks the object behind `v`, if any.
    #[inline]
    pub fn value(&mut self, v: Value) {
        if let Value::Obj(o) = v {
            self.obj(o);
        }
    }

    fn values<'a>(&mut self, vs: impl IntoIterator<Item = &'a Value>) {
        for v in vs {
            self.value(*v);
        }
    }

    /// Traces until everything reachable from what was marked is marked.
    pub fn finish(&mut self) {
        while let Some(o) = self.stack.pop() {
            self.children(o);
        }
    }

    /// Marks what `o` refers to.
    pub fn children(&mut self, o: ObjRef) {
        match &o.kind {
            Kind::Str(_)
            | Kind::Bytes(_)
            | Kind::ByteArray(_)
            | Kind::BigInt(_)
            | Kind::Code(_)
            | Kind::Range { .. } => {}
            Kind::Tuple(items) => self.values(items.iter()),
            Kind::List(l) => {
                let items = l.lock().clone();
                self.values(items.iter());
            }
            Kind::Dict(d) => {
                let d = d.lock().clone();
                for (k, v) in d.iter() {
                    self.value(k.0);
                    self.value(*v);
                }
            }
            Kind::Set(s) => {
                let s = s.lock().clone();
                for k in s.keys() {
                    self.value(k);
                }
            }
            Kind::FrozenSet(s) => {
                for k in s.keys() {
                    self.value(k);
                }
            }
            Kind::Instance(i) => {
                self.obj(i.class);
                i.attrs.for_each_value(|v| self.value(v));
                if let Some(n) = &i.native {
                    self.value(**n);
                }
            }
            Kind::Class(c) => {
                self.obj(c.name.0);
                for b in c.bases.iter().chain(&c.mro).chain(&c.metaclass) {
                    self.obj(*b);
                }
                self.attrs(&c.attrs.read());
            }
            Kind::Module(m) => {
                self.obj(m.name.0);
                self.attrs(&m.attrs.read());
            }
            Kind::Function(f) => {
                self.obj(f.globals);
                self.obj(f.qualname.0);
                self.values(f.defaults.iter());
                for (k, v) in &f.kwdefaults {
                    self.obj(k.0);
                    self.value(*v);
                }
                for c in f.closure.iter() {
                    self.obj(*c);
                }
                self.attrs(&f.attrs.lock());
            }
            Kind::Builtin(b) => {
                if let Some(r) = b.receiver {
                    self.value(r);
                }
            }
            Kind::BoundMethod { func, receiver } => {
                self.value(*func);
                self.value(*receiver);
            }
            Kind::Descriptor(d) => {
                use crate::descriptors::Descriptor;
                match &**d {
                    Descriptor::Property {
                        fget,
                        fset,
                        fdel,
                        doc,
                    } => self.values([fget, fset, fdel, doc]),
                    Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) => self.value(*f),
                    Descriptor::Member { name, owner } => {
                        self.obj(name.0);
                        self.obj(owner.0);
                    }
                }
            }
            Kind::Cell(c) => {
                if let Some(v) = *c.lock() {
                    self.value(v);
                }
            }
            Kind::Slice { start, stop, step } => self.values([start, stop, step]),
            Kind::Generator(g) => {
                self.obj(g.qualname.0);
                if let Some(t) = g.creator_task {
                    self.obj(t);
                }
                if let Some(t) = *g.driver_task.lock() {
                    self.obj(t);
                }
                // Marking takes no lock, so tracing under this one cannot deadlock.
                self.gen_inner(&g.inner.lock());
            }
            Kind::DictView(d, _) => self.obj(*d),
            Kind::Iter(it) => match &it.source {
                IterSource::List(o)
                | IterSource::Tuple(o)
                | IterSource::Str(o)
                | IterSource::Bytes(o)
                | IterSource::Dict(o, _, _)
                | IterSource::Set(o, _)
                | IterSource::GetItem(o) => self.obj(*o),
                IterSource::Range { .. } => {}
                IterSource::Values(vs) | IterSource::Map(vs) | IterSource::Zip(vs) => {
                    self.values(vs.iter())
                }
                IterSource::Filter(f, it) => self.values([f, it]),
                IterSource::Enumerate(it, _) => self.value(*it),
            },
            Kind::Random(r) => self.obj(r.class),
        }
    }

    fn attrs(&mut self, attrs: &crate::object::AttrMap) {
        for (k, v) in attrs {
            self.obj(k.0);
            self.value(*v);
        }
    }

    fn gen_inner(&mut self, inner: &GenInner) {
        if let Some(f) = &inner.frame {
            self.frame(f);
        }
        if let Some(Hold::Speculative { before, .. }) = inner.hold.as_deref() {
            self.gen_inner(before);
        }
    }

    /// Marks what a frame refers to: operands, locals, cells, globals and handled exceptions.
    pub fn frame(&mut self, f: &Frame) {
        self.values(f.stack.iter());
        for v in f.locals.iter().flatten() {
            self.value(*v);
        }
        for c in &f.cells {
            self.obj(*c);
        }
        self.obj(f.globals);
        if let Some(ns) = f.namespace {
            self.obj(ns);
        }
        for e in &f.handling {
            self.obj(e.0.value);
        }
    }

    fn handle(&mut self, h: &Handle) {
        self.value(h.callback);
        self.values(h.args.iter());
    }

    /// Marks what a context holds: its task, buffered effects, generator snapshots and the values
    /// held by certified collectors.
    pub fn ctx(&mut self, ctx: &Ctx) {
        if let Some(t) = ctx.current_task {
            self.obj(t);
        }
        for e in &ctx.effects {
            match e {
                Effect::CallSoon(h) | Effect::CallAt { handle: h, .. } => self.handle(h),
                Effect::RegisterTask(t) | Effect::RegisterAsyncGen(t) => self.value(*t),
                Effect::Write { .. } | Effect::Flush | Effect::CancelTimer(_) | Effect::Stop => {}
            }
        }
        for g in &ctx.undo {
            self.obj(*g);
        }
        self.values(ctx.gc.held_values());
    }
}

/// Marks the runtime's module registry and the loop's ready queue, timers and tasks.
///
/// The task registry (`asyncio.all_tasks`, CPython's WeakSet) holds pending tasks only: a
/// finished task is dropped from it here, so it lives only as long as something else refers
/// to it. One whose exception was never retrieved stays, for `asyncio.run`'s report.
pub fn runtime_roots(t: &mut Tracer) {
    let modules: Vec<ObjRef> = crate::rt::rt().modules.lock().values().copied().collect();
    for m in modules {
        t.obj(m);
    }
    let mut state = loop_state().lock();
    state.tasks.retain(|task| !finished_quietly(*task));
    for h in &state.ready {
        t.handle(h);
    }
    for h in state.timers.handles() {
        t.handle(h);
    }
    for task in &state.tasks {
        t.value(*task);
    }
    state.asyncgens.retain(|g| {
        g.obj()
            .is_some_and(|o| !crate::interp::gen::gen_is_finished(o))
    });
    for g in &state.asyncgens {
        t.value(*g);
    }
}

/// A task (an instance with asyncio's Future attributes) that is done and has no exception
/// waiting to be reported.
fn finished_quietly(task: Value) -> bool {
    let Some(Kind::Instance(i)) = task.obj().map(|o| &o.0.kind) else {
        return false;
    };
    let pending = i
        .attrs
        .get(crate::name!("_state"))
        .and_then(|v| v.as_str())
        .is_none_or(|s| s == "PENDING");
    let unreported = i
        .attrs
        .get(crate::name!("_log_traceback"))
        .is_some_and(|v| matches!(v, Value::Bool(true)));
    !pending && !unreported
}
