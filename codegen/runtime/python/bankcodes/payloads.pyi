# The shape of the generated module bankcodes.payloads, as the runtime modules use it: it adds
# typed signatures of validate for each payload kind to bankcodes._payloads.
from bankcodes._code_fields import FoundCode as FoundCode
from bankcodes._code_fields import codes as codes
from bankcodes._code_fields import decisive_code as decisive_code
from bankcodes._code_fields import recognise as recognise
from bankcodes._payloads import KINDS as KINDS
from bankcodes._payloads import MAX_BYTES as MAX_BYTES
from bankcodes._payloads import MAX_PROBLEMS as MAX_PROBLEMS
from bankcodes._payloads import Data as Data
from bankcodes._payloads import PayloadError as PayloadError
from bankcodes._payloads import PayloadProblem as PayloadProblem
from bankcodes._payloads import model_class as model_class
from bankcodes._payloads import parse as parse
from bankcodes._payloads import validate as validate
