"""For workshops: a demo on bundled samples, and a batch check of a folder of resumes."""

from resume_helper.workshop.batch import BatchResult, BatchRow, run_batch
from resume_helper.workshop.demo import run_demo

__all__ = ["BatchResult", "BatchRow", "run_batch", "run_demo"]
