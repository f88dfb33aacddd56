"""The process work pool a deployment of warmleads runs on, created when missing."""

from __future__ import annotations

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.exceptions import ObjectNotFound


def ensure_process_pool(name: str) -> bool:
    """Create a `process` work pool called `name` unless it exists; True if created."""
    with get_client(sync_client=True) as client:
        try:
            client.read_work_pool(name)
        except ObjectNotFound:
            client.create_work_pool(WorkPoolCreate(name=name, type="process"))
            return True
    return False
