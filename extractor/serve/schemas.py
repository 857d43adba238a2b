"""The JSON the panel's API takes and gives, as pydantic models (they make its OpenAPI)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Login(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class Me(BaseModel):
    """The signed-in reviewer, and the CSRF token to send with state-changing requests."""

    model_config = ConfigDict(extra="forbid")
    id: int
    name: str
    is_admin: bool
    csrf: str | None = None


class NewReviewer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64, pattern=r"^[\w.\-]+$")
    password: str = Field(min_length=10, max_length=256)
    is_admin: bool = False


class ReviewerOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int
    name: str
    is_admin: bool
