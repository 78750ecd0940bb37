from dataclasses import dataclass, field
from typing import List, Dict, Optional
import json
@dataclass
class Task:
    id: int
    title: str
    done: bool = False
    tags: List[str] = field(default_factory=list)
    parent: Optional[int] = None
class TodoList:
    def __init__(self):
        self.tasks: Dict[int, Task] = {}
        self._next = 1
    def add(self, title, *tags, parent=None):
        t = Task(self._next, title, tags=list(tags), parent=parent)
        self.tasks[t.id] = t
        self._next += 1
        return t
    def complete(self, tid):
        try:
            self.tasks[tid].done = True
        except KeyError:
            raise ValueError(f"no task {tid}") from None
    def pending(self):
        return [t for t in self.tasks.values() if not t.done]
    def by_tag(self):
        out = {}
        for t in self.tasks.values():
            for tag in t.tags:
                out.setdefault(tag, []).append(t.title)
        return dict(sorted(out.items()))
todo = TodoList()
todo.add("write code", "dev")
todo.add("test code", "dev", "qa")
todo.add("deploy", "ops", parent=1)
todo.complete(1)
try:
    todo.complete(9)
except ValueError as e:
    print("error:", e, e.__cause__, e.__suppress_context__)
print([t.title for t in todo.pending()], todo.by_tag())
print(todo.tasks[3])
print(json.dumps([t.__dict__ for t in todo.tasks.values()], sort_keys=True))
