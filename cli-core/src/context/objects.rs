//! Typed objects a group hands to its commands.
//!
//! Click keeps one untyped `ctx.obj`; clack keeps objects by type. A group
//! stores a `Repo` with [`Context::set_obj`]; a command below finds the
//! nearest `Repo` up the tree with [`Context::obj`] and borrows it, mutably
//! if it likes. A command asking for an object nobody set gets an error, not
//! a panic.

use std::any::Any;
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use super::Context;
use crate::Error;

/// A shared handle to an object stored in a context.
///
/// ```
/// use clack_core::{Command, Context};
/// #[derive(Default)]
/// struct Repo { home: String }
/// let ctx = Context::new(Command::new("repo"), "repo");
/// ctx.set_obj(Repo { home: ".repo".into() });
/// let repo = ctx.obj::<Repo>().unwrap();
/// repo.borrow_mut().unwrap().home.push('/');
/// assert_eq!(repo.borrow().unwrap().home, ".repo/");
/// ```
pub struct Obj<T>(Rc<RefCell<T>>);

impl<T> Clone for Obj<T> {
    fn clone(&self) -> Self {
        Obj(self.0.clone())
    }
}

impl<T: 'static> Obj<T> {
    /// Borrow the object.
    ///
    /// # Errors
    /// The object is borrowed mutably elsewhere right now.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// let obj = ctx.set_obj(vec![1, 2]);
    /// let _writer = obj.borrow_mut()?;
    /// assert!(obj.borrow().is_err()); // an error, not a panic
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn borrow(&self) -> Result<Ref<'_, T>, Error> {
        self.0.try_borrow().map_err(|_| busy::<T>())
    }

    /// Borrow the object mutably.
    ///
    /// # Errors
    /// The object is borrowed elsewhere right now.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// let obj = ctx.set_obj(String::from("a"));
    /// obj.borrow_mut()?.push('b');
    /// assert_eq!(*obj.borrow()?, "ab");
    /// # Ok::<(), clack_core::Error>(())
    /// ```
    pub fn borrow_mut(&self) -> Result<RefMut<'_, T>, Error> {
        self.0.try_borrow_mut().map_err(|_| busy::<T>())
    }
}

fn busy<T>() -> Error {
    Error::failure(format!(
        "The context object of type '{}' is already borrowed.",
        short_type_name::<T>()
    ))
}

/// The last path segment of a type's name (`Repo` for `my_app::Repo`).
pub(crate) fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    let base = full.split('<').next().unwrap_or(full);
    base.rsplit("::").next().unwrap_or(base)
}

impl Context {
    /// Store `value` as this context's object of type `T`, replacing any
    /// earlier one of that type here. Commands below find it with
    /// [`obj`](Context::obj).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.set_obj(5u32);
    /// assert_eq!(*ctx.obj::<u32>().unwrap().borrow().unwrap(), 5);
    /// ```
    pub fn set_obj<T: 'static>(&self, value: T) -> Obj<T> {
        let cell = Rc::new(RefCell::new(value));
        let mut state = self.0.state.borrow_mut();
        state.objects.retain(|o| !o.is::<RefCell<T>>());
        state.objects.push(cell.clone() as Rc<dyn Any>);
        Obj(cell)
    }

    /// The nearest object of type `T`, here or in a parent context (Click's
    /// `find_object`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.find_obj::<String>().is_none());
    /// ```
    pub fn find_obj<T: 'static>(&self) -> Option<Obj<T>> {
        let mut node = Some(self);
        while let Some(ctx) = node {
            let found = ctx
                .0
                .state
                .borrow()
                .objects
                .iter()
                .find_map(|o| o.clone().downcast::<RefCell<T>>().ok());
            if let Some(cell) = found {
                return Some(Obj(cell));
            }
            node = ctx.parent();
        }
        None
    }

    /// The nearest object of type `T`, or an error naming the type when no
    /// context up the tree has one (what `#[obj]` parameters use).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// let err = ctx.obj::<Vec<u8>>().err().unwrap();
    /// assert_eq!(err.exit_code(), 1);
    /// ```
    pub fn obj<T: 'static>(&self) -> Result<Obj<T>, Error> {
        self.find_obj::<T>().ok_or_else(|| {
            Error::failure(format!(
                "Managed to invoke callback without a context object of type '{}' existing.",
                short_type_name::<T>()
            ))
        })
    }

    /// The nearest object of type `T`, created with `Default` in this
    /// context if there is none (Click's `ensure_object`).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.ensure_obj::<Vec<u8>>().borrow_mut().unwrap().push(1);
    /// assert_eq!(ctx.ensure_obj::<Vec<u8>>().borrow().unwrap().len(), 1);
    /// ```
    pub fn ensure_obj<T: Default + 'static>(&self) -> Obj<T> {
        match self.find_obj::<T>() {
            Some(o) => o,
            None => self.set_obj(T::default()),
        }
    }
}
