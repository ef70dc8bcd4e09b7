import { callbackPorts } from '#composition/aws/callbacks.ts';
import { TransientError } from '#domain/errors.ts';
import { readConfig } from '#shared/config.ts';
import { jsonResponse } from '#shared/http.ts';
import { httpHandler } from '#shared/middleware.ts';
import { receiveProcessorCallback } from '#use-cases/receive-processor-callback.ts';

const ports = callbackPorts(readConfig());

/** OpenDSR status callback: the signature covers the exact body bytes, so they are passed on untouched. */
export const handler = httpHandler(
  async (event) => {
    if (event.requestContext.http.method !== 'POST')
      return jsonResponse(405, { error: 'Use POST' });
    const raw = Buffer.from(
      event.body ?? '',
      event.isBase64Encoded ? 'base64' : 'utf8',
    );
    if (raw.length > 64 * 1024)
      return jsonResponse(413, { error: 'Body too large' });
    try {
      const { status } = await receiveProcessorCallback(
        {
          requestId: event.pathParameters?.requestId ?? '',
          processorId: event.pathParameters?.processorId ?? '',
          rawBody: raw,
          headers: event.headers,
        },
        ports,
      );
      return jsonResponse(status, {
        status:
          status === 202
            ? 'accepted'
            : status === 401
              ? 'not authentic'
              : status === 404
                ? 'unknown job'
                : 'rejected',
      });
    } catch (error) {
      // The processor's certificate could not be fetched: ask the processor to retry.
      if (error instanceof TransientError)
        return jsonResponse(503, { status: 'retry later' });
      throw error;
    }
  },
  { html: () => false },
);
