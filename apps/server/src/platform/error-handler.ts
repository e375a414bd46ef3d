import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DatabaseError } from '../db/driver.js';
import { AppError, type ErrorCode, type FieldError } from './errors.js';
import { checkMessage, languageOf, problemText, type Language } from './messages.js';

const zodLocales = { 'zh-CN': z.locales.zhCN().localeError, 'en-US': z.locales.en().localeError };

type ZodIssueLike = { code: string; message: string; path?: PropertyKey[] } & Record<string, unknown>;

function issueMessage(issue: ZodIssueLike, language: Language): string {
  const custom = checkMessage(issue.message, language);
  if (custom) return custom;
  const localized = zodLocales[language](issue as never);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}

function fieldErrorsFromValidation(error: FastifyError, language: Language): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [{ path: '', message: error.message }];
  const part = error.validationContext ?? 'body';
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const issue = { ...v.params, code: v.keyword, message: v.message ?? '' } as ZodIssueLike;
    return { path: part === 'body' ? path : `${part}.${path}`.replace(/\.$/, ''), message: issueMessage(issue, language) };
  });
}

/** Zod errors raised by services that parse data themselves (e.g. filings' proposed organization). */
export function fieldErrorsFromZod(error: z.ZodError, language: Language, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issueMessage(issue as unknown as ZodIssueLike, language),
  }));
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  params: Record<string, string | number> = {},
  errors?: FieldError[],
) {
  const language = languageOf(request.headers['accept-language']);
  const { title, detail } = problemText(code, language, params);
  return reply
    .code(status)
    .type('application/problem+json')
    .header('content-language', language)
    .send({
      type: `https://linli.dev/problems/${code.replaceAll('_', '-')}`,
      title,
      status,
      code,
      detail,
      ...(errors ? { errors: errors.map((e) => ({ ...e, message: checkMessage(e.message, language) ?? e.message })) } : {}),
    });
}

/** A file upload (a route with a larger body limit) is told its own limit; JSON bodies the usual 1 MiB. */
function tooLarge(request: FastifyRequest, reply: FastifyReply) {
  const limit = request.routeOptions.bodyLimit ?? 0;
  const mib = 1024 * 1024;
  if (limit > mib) return sendProblem(request, reply, 'file_too_large', 413, { limit: Math.round(limit / mib) });
  return sendProblem(request, reply, 'payload_too_large', 413);
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = languageOf(request.headers['accept-language']);
    if (error instanceof AppError) return sendProblem(request, reply, error.code, error.status, error.params, error.errors);
    if (error instanceof z.ZodError) return sendProblem(request, reply, 'validation_failed', 400, {}, fieldErrorsFromZod(error, language));
    if (error.validation) return sendProblem(request, reply, 'validation_failed', 400, {}, fieldErrorsFromValidation(error, language));
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(request, reply, 'malformed_json', 400);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return tooLarge(request, reply);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, 'unsupported_media_type', 415);
    }
    if (error instanceof SyntaxError && error.statusCode === 400) return sendProblem(request, reply, 'malformed_json', 400);
    if (error.statusCode === 413) return tooLarge(request, reply);
    if (error.statusCode === 415) return sendProblem(request, reply, 'unsupported_media_type', 415);
    // Drizzle wraps driver errors; a unique violation that no service anticipated is still a conflict, not a crash.
    const databaseError = error instanceof DatabaseError ? error : (error as { cause?: unknown }).cause;
    if (databaseError instanceof DatabaseError && databaseError.code === '23505')
      return sendProblem(request, reply, 'version_conflict', 409);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal_error', 500);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 'not_found', 404));
}
